import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import {
  ADD_QUESTION,
  answer,
  CHANGE_QUESTION,
  close,
  FORM,
  gathered,
  REMOVE_QUESTION,
  SET_BEFORE,
  SET_STATUS,
  type FormData,
} from './feedback-fixture.js';

const SCALES = { networking: 4, knowledge: 3, confidence: 5, trust: 2, support: 4 };

describe('feedback forms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const responses = async (gatheringId: string) =>
    (await t.dataSource.query(
      `SELECT person_id, stage, networking, comment FROM feedback_responses WHERE gathering_id = $1 ORDER BY person_id`,
      [gatheringId],
    )) as { person_id: string; stage: string; networking: number | null; comment: string }[];

  describe('asking when a gathering closes', () => {
    it('tells each person who had a place once, with the title and the form’s path; nobody else', async () => {
      const g = await gathered(t, 3);
      const waiting = await t.newPerson();
      await t.build.registration(waiting, g.gathering, RegistrationStatus.WAITLISTED);
      // One of them came (checked in): still asked, once.
      await t.dataSource.query(
        `INSERT INTO check_ins (gathering_id, person_id, registration_id, method)
         SELECT gathering_id, person_id, id, 'convener' FROM registrations WHERE person_id = $1 AND gathering_id = $2`,
        [g.people[2].id, g.gathering.id],
      );
      await close(t, g);
      const toldOnClose = (await t.dataSource.query(
        `SELECT recipient_id FROM notifications WHERE kind = 'feedback_requested' AND subject_id = $1 ORDER BY recipient_id`,
        [g.gathering.id],
      )) as { recipient_id: string }[];
      expect(toldOnClose.map((n) => n.recipient_id)).toEqual(g.people.map((p) => p.id).sort());
      // The job running again (a retry) tells nobody twice.
      await t.app.get((await import('../feedback-requests.service.js')).FeedbackRequestsService).askAfterClose({
        gatheringId: g.gathering.id,
        closedAt: new Date().toISOString(),
        closedById: g.connor.id,
      });
      const told = (await t.dataSource.query(
        `SELECT recipient_id, data FROM notifications WHERE kind = 'feedback_requested' AND subject_id = $1 ORDER BY recipient_id`,
        [g.gathering.id],
      )) as { recipient_id: string; data: { title: string; path: string } }[];
      expect(told.map((n) => n.recipient_id)).toEqual(g.people.map((p) => p.id).sort());
      for (const n of told) expect(n.data).toEqual({ title: 'Valleys Workshop', path: `/gatherings/${g.gathering.slug}/feedback` });
      // The form is open from the closing, for 30 days.
      const form = (await g.people[0].client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm;
      expect(form).toMatchObject({ open: true, viewerMayAnswer: true, viewerIsConvener: false, myAnswer: null });
      const days = (new Date(form.closesAt!).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
    });

    it('asks nobody while the gathering is only published or live, nor when closing fails', async () => {
      const g = await gathered(t, 2);
      await g.connor.client.data(SET_STATUS, { input: { gatheringId: g.gathering.id, status: 'LIVE' } });
      // Going back is refused: nothing is announced.
      await g.connor.client.request(SET_STATUS, { input: { gatheringId: g.gathering.id, status: 'PUBLISHED' } });
      // A participant cannot close it.
      const refused = await g.people[0].client.error(SET_STATUS, { input: { gatheringId: g.gathering.id, status: 'CLOSED' } });
      expect(refused.code).toBe('FORBIDDEN');
      await t.drainJobs();
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications WHERE kind = 'feedback_requested' AND subject_id = $1`,
        [g.gathering.id],
      );
      expect(count).toBe(0);
    });
  });

  describe('answering', () => {
    it('takes one answer per person, which they may change while the form is open, and shows it to them alone', async () => {
      const g = await gathered(t, 2);
      await close(t, g);
      const [ana, ben] = g.people;
      const first = await answer(ana, g.gathering.id, { ...SCALES, newPeopleMet: 3, comment: '  Met the food bank.  ' });
      expect(first.errors).toBeUndefined();
      expect(first.data?.answerFeedback.myAnswer).toMatchObject({ ...SCALES, newPeopleMet: 3, comment: 'Met the food bank.' });
      const changed = await answer(ana, g.gathering.id, { networking: 5, comment: 'Changed my mind.' });
      expect(changed.data?.answerFeedback.myAnswer).toMatchObject({
        networking: 5,
        knowledge: null,
        newPeopleMet: null,
        comment: 'Changed my mind.',
      });
      expect(await responses(g.gathering.id)).toEqual([{ person_id: ana.id, stage: 'after', networking: 5, comment: 'Changed my mind.' }]);
      // Ben sees his own (none), never Ana's; the convener sees the form without anyone's answer.
      expect((await ben.client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm.myAnswer).toBeNull();
      const convener = (await g.connor.client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm;
      expect(convener).toMatchObject({ viewerIsConvener: true, viewerMayAnswer: false, myAnswer: null, questionsLocked: true });
    });

    it('keeps one answer when the same person sends it several times at once', async () => {
      const g = await gathered(t, 1);
      await close(t, g);
      const sent = await Promise.all([1, 2, 3, 4, 5].map((n) => answer(g.people[0], g.gathering.id, { networking: n })));
      for (const result of sent) expect(result.errors).toBeUndefined();
      expect(await responses(g.gathering.id)).toHaveLength(1);
    });

    it('is refused before the gathering closes, and after the form has closed', async () => {
      const g = await gathered(t, 1);
      expect((await answer(g.people[0], g.gathering.id, SCALES)).errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'FeedbackNotOpenYet',
      });
      expect((await g.people[0].client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm).toMatchObject({
        open: false,
        closesAt: null,
      });
      await close(t, g);
      await t.dataSource.query(`UPDATE feedback_forms SET after_closes_at = now() - interval '1 minute' WHERE gathering_id = $1`, [
        g.gathering.id,
      ]);
      expect((await answer(g.people[0], g.gathering.id, SCALES)).errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'FeedbackClosed',
      });
      expect(await responses(g.gathering.id)).toEqual([]);
    });

    it('is only for people who had a place: not conveners as such, cancelled places, outsiders or the signed-out', async () => {
      const g = await gathered(t, 2);
      await close(t, g);
      await t.dataSource.query(`UPDATE registrations SET status = 'cancelled' WHERE person_id = $1`, [g.people[1].id]);
      for (const who of [g.connor, g.outsider, g.people[1]]) {
        expect((await answer(who, g.gathering.id, SCALES)).errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'FeedbackNotParticipant',
        });
      }
      for (const who of [g.outsider, g.people[1]]) expect((await who.client.error(FORM, { id: g.gathering.id })).code).toBe('FORBIDDEN');
      expect((await t.client().error(FORM, { id: g.gathering.id })).code).toBe('UNAUTHENTICATED');
      const signedOut = await t.client().request(`mutation($input: AnswerFeedbackInput!) { answerFeedback(input: $input) { open } }`, {
        input: { gatheringId: g.gathering.id },
      });
      expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await responses(g.gathering.id)).toEqual([]);
    });

    it('answers NOT_FOUND for a draft the viewer cannot see or an unknown gathering, and BAD_USER_INPUT for garbage', async () => {
      const g = await gathered(t, 1, GatheringStatus.DRAFT);
      expect((await g.people[0].client.error(FORM, { id: g.gathering.id })).code).toBe('NOT_FOUND');
      expect((await g.outsider.client.error(FORM, { id: '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10' })).code).toBe('NOT_FOUND');
      expect((await g.outsider.client.error(FORM, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
      const open = await gathered(t, 1);
      await close(t, open);
      for (const bad of [{ networking: 6 }, { trust: 0 }, { newPeopleMet: -1 }, { comment: 'x'.repeat(4001) }, { networking: 2.5 }]) {
        const result = await answer(open.people[0], open.gathering.id, bad);
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await responses(open.gathering.id)).toEqual([]);
    });
  });

  describe('the conveners’ own questions', () => {
    it('can be added, changed and removed until the first answer; then only added (CONFLICT, nothing changed)', async () => {
      const g = await gathered(t, 1);
      const add = (kind: string, prompt: string) =>
        g.connor.client.request<{ addFeedbackQuestion: FormData['feedbackForm'] }>(ADD_QUESTION, {
          input: { gatheringId: g.gathering.id, kind, prompt },
        });
      await add('SCALE', 'Was the venue easy to reach?');
      const added = (await add('TEXT', 'What should we do next time?')).data!.addFeedbackQuestion;
      expect(added.questions.map((q) => [q.kind, q.prompt])).toEqual([
        ['SCALE', 'Was the venue easy to reach?'],
        ['TEXT', 'What should we do next time?'],
      ]);
      const [venue, next] = added.questions;
      expect(
        (
          await g.connor.client.request(CHANGE_QUESTION, {
            input: { questionId: venue.id, kind: 'SCALE', prompt: 'Was the venue accessible?' },
          })
        ).errors,
      ).toBeUndefined();
      expect((await g.connor.client.request(REMOVE_QUESTION, { id: next.id })).errors).toBeUndefined();

      await close(t, g);
      expect((await answer(g.people[0], g.gathering.id, { answers: [{ questionId: venue.id, scale: 4 }] })).errors).toBeUndefined();
      const change = await g.connor.client.request(CHANGE_QUESTION, { input: { questionId: venue.id, kind: 'TEXT', prompt: 'Changed' } });
      expect(change.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FeedbackQuestionsLocked' });
      const remove = await g.connor.client.request(REMOVE_QUESTION, { id: venue.id });
      expect(remove.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FeedbackQuestionsLocked' });
      const later = (await add('TEXT', 'Anything else?')).data!.addFeedbackQuestion;
      expect(later).toMatchObject({ questionsLocked: true });
      expect(later.questions.map((q) => q.prompt)).toEqual(['Was the venue accessible?', 'Anything else?']);
      expect((await g.people[0].client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm.myAnswer?.answers).toEqual([
        { questionId: venue.id, scale: 4, text: null },
      ]);
    });

    it('are the conveners’ alone to set, at most ten, and answers must fit them', async () => {
      const g = await gathered(t, 1);
      const input = { gatheringId: g.gathering.id, kind: 'TEXT', prompt: 'Q' };
      for (const who of [g.people[0], g.outsider]) {
        expect((await who.client.request(ADD_QUESTION, { input })).errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'FeedbackConvenersOnly',
        });
      }
      expect((await g.connor.client.request(ADD_QUESTION, { input: { ...input, prompt: '   ' } })).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      for (let i = 0; i < 10; i++)
        await g.connor.client.data(ADD_QUESTION, { input: { ...input, kind: i % 2 ? 'TEXT' : 'SCALE', prompt: `Q${i}` } });
      expect((await g.connor.client.request(ADD_QUESTION, { input })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FeedbackTooManyQuestions',
      });
      const { questions } = (await g.connor.client.data<FormData>(FORM, { id: g.gathering.id })).feedbackForm;
      const other = await gathered(t, 0);
      const foreign = (
        await other.connor.client.data<{ addFeedbackQuestion: FormData['feedbackForm'] }>(ADD_QUESTION, {
          input: { ...input, gatheringId: other.gathering.id },
        })
      ).addFeedbackQuestion.questions[0];
      // Someone else's question: no changing it, no answering it here.
      expect((await g.connor.client.request(REMOVE_QUESTION, { id: foreign.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(
        (await g.connor.client.request(REMOVE_QUESTION, { id: '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10' })).errors?.[0].extensions?.code,
      ).toBe('NOT_FOUND');
      await close(t, g);
      const [scale, text] = questions;
      for (const answers of [
        [{ questionId: scale.id, text: 'words' }],
        [{ questionId: text.id, scale: 3 }],
        [{ questionId: foreign.id, text: 'x' }],
        [{ questionId: scale.id, scale: 9 }],
      ]) {
        expect((await answer(g.people[0], g.gathering.id, { answers })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await responses(g.gathering.id)).toEqual([]);
    });
  });

  describe('before a series starts', () => {
    it('takes answers while the gathering is published and has not started, when its conveners ask', async () => {
      const g = await gathered(t, 1);
      const [ana] = g.people;
      expect((await answer(ana, g.gathering.id, SCALES, 'BEFORE')).errors?.[0].extensions).toMatchObject({
        reason: 'FeedbackBeforeNotAsked',
      });
      expect(
        (await ana.client.request(SET_BEFORE, { input: { gatheringId: g.gathering.id, asksBefore: true } })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const set = await g.connor.client.data<{ setFeedbackBefore: { asksBefore: boolean; open: boolean } }>(SET_BEFORE, {
        input: { gatheringId: g.gathering.id, asksBefore: true },
      });
      expect(set.setFeedbackBefore).toEqual({ asksBefore: true, open: true, stage: 'BEFORE' });
      // The before form asks the five scales only.
      expect((await answer(ana, g.gathering.id, { newPeopleMet: 2 }, 'BEFORE')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await answer(ana, g.gathering.id, SCALES, 'BEFORE')).errors).toBeUndefined();
      expect(await responses(g.gathering.id)).toEqual([{ person_id: ana.id, stage: 'before', networking: 4, comment: '' }]);
      // Once it has started, the before form is closed.
      await g.connor.client.data(SET_STATUS, { input: { gatheringId: g.gathering.id, status: 'LIVE' } });
      expect((await answer(ana, g.gathering.id, SCALES, 'BEFORE')).errors?.[0].extensions).toMatchObject({ reason: 'FeedbackClosed' });
      const started = await gathered(t, 1, GatheringStatus.PUBLISHED, { startsAt: new Date(Date.now() - 3600_000) });
      await started.connor.client.data(SET_BEFORE, { input: { gatheringId: started.gathering.id, asksBefore: true } });
      expect((await answer(started.people[0], started.gathering.id, SCALES, 'BEFORE')).errors?.[0].extensions).toMatchObject({
        reason: 'FeedbackClosed',
      });
    });
  });
});
