import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import {
  ADD_QUESTION,
  answer,
  close,
  gathered,
  RESULTS,
  SET_BEFORE,
  SET_STATUS,
  type FormData,
  type Gathered,
  type ResultsData,
} from './feedback-fixture.js';

describe('feedback results', () => {
  let t: TestApp;
  const counter = new QueryCounter();
  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  const results = (who: TestPerson, gatheringId: string, stage = 'AFTER') =>
    who.client.data<ResultsData>(RESULTS, { id: gatheringId, stage }).then((d) => d.feedbackResults);
  const addQuestion = async (g: Gathered, kind: string, prompt: string) =>
    (
      await g.connor.client.data<{ addFeedbackQuestion: FormData['feedbackForm'] }>(ADD_QUESTION, {
        input: { gatheringId: g.gathering.id, kind, prompt },
      })
    ).addFeedbackQuestion.questions.at(-1)!;

  it('says only that too few answered when fewer than five did: no figures, no texts, never a zero', async () => {
    const g = await gathered(t, 6);
    await close(t, g);
    for (const person of g.people.slice(0, 4)) await answer(person, g.gathering.id, { networking: 5, comment: 'Lovely day' });
    const few = await results(g.connor, g.gathering.id);
    expect(few).toMatchObject({
      enoughAnswers: false,
      fewestShown: 5,
      participants: 6,
      answered: null,
      responseRate: null,
      scales: [],
      texts: [],
      newPeopleTotal: null,
      series: null,
    });
  });

  it('shows distributions, means, new people met, the response rate and unattributed texts from five answers on', async () => {
    const g = await gathered(t, 8);
    const venue = await addQuestion(g, 'SCALE', 'Was the venue accessible?');
    const next = await addQuestion(g, 'TEXT', 'What next?');
    await close(t, g);
    const values = [1, 2, 4, 4, 5, 5];
    for (const [i, person] of g.people.slice(0, 6).entries()) {
      const result = await answer(person, g.gathering.id, {
        networking: values[i],
        knowledge: 3,
        // Only three answer trust: too few to show.
        trust: i < 3 ? 4 : null,
        newPeopleMet: i < 5 ? i + 1 : null,
        comment: i % 2 ? `Comment ${i}` : '',
        answers: [{ questionId: venue.id, scale: 5 }, ...(i < 2 ? [{ questionId: next.id, text: `Next ${i}` }] : [])],
      });
      expect(result.errors).toBeUndefined();
    }
    const shown = await results(g.connor, g.gathering.id);
    expect(shown).toMatchObject({ enoughAnswers: true, participants: 8, answered: 6, responseRate: 0.75 });
    const byKey = new Map(shown.scales.map((s) => [s.scale ?? s.questionId, s]));
    expect(byKey.get('NETWORKING')).toEqual({
      scale: 'NETWORKING',
      questionId: null,
      prompt: null,
      shown: true,
      answered: 6,
      mean: 3.5,
      counts: [1, 1, 0, 2, 2],
    });
    expect(byKey.get('KNOWLEDGE')).toMatchObject({ shown: true, mean: 3, counts: [0, 0, 6, 0, 0] });
    expect(byKey.get('TRUST')).toMatchObject({ shown: false, answered: null, mean: null, counts: null });
    expect(byKey.get('CONFIDENCE')).toMatchObject({ shown: false, answered: null });
    expect(byKey.get(venue.id)).toMatchObject({
      prompt: 'Was the venue accessible?',
      shown: true,
      answered: 6,
      mean: 5,
      counts: [0, 0, 0, 0, 6],
    });
    expect(shown).toMatchObject({ newPeopleAnswered: 5, newPeopleTotal: 15, newPeopleMean: 3 });
    expect(shown.texts.map((x) => ({ ...x, texts: [...x.texts].sort() }))).toEqual([
      { questionId: null, prompt: null, texts: ['Comment 1', 'Comment 3', 'Comment 5'] },
      { questionId: next.id, prompt: 'What next?', texts: ['Next 0', 'Next 1'] },
    ]);
    // Nobody's id or name is anywhere in the answer.
    const raw = JSON.stringify(shown);
    for (const person of g.people) {
      expect(raw).not.toContain(person.id);
      expect(raw).not.toContain(person.displayName);
    }
  });

  it('is for the conveners only', async () => {
    const g = await gathered(t, 1);
    await close(t, g);
    for (const who of [g.people[0], g.outsider]) {
      const error = await who.client.error(RESULTS, { id: g.gathering.id, stage: 'AFTER' });
      expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'FeedbackConvenersOnly' } });
    }
    expect((await t.client().error(RESULTS, { id: g.gathering.id })).code).toBe('UNAUTHENTICATED');
  });

  it('runs the same number of statements whatever the number of questions and answers', async () => {
    const measure = async (people: number, questions: number) => {
      const g = await gathered(t, people);
      const asked = [];
      for (let i = 0; i < questions; i++) asked.push(await addQuestion(g, i % 2 ? 'TEXT' : 'SCALE', `Q${i}`));
      await g.connor.client.data(SET_BEFORE, { input: { gatheringId: g.gathering.id, asksBefore: true } });
      for (const person of g.people) await answer(person, g.gathering.id, { networking: 3 }, 'BEFORE');
      await close(t, g);
      for (const person of g.people) {
        await answer(person, g.gathering.id, {
          networking: 4,
          comment: 'Good',
          answers: asked.map((q, i) => (i % 2 ? { questionId: q.id, text: 'words' } : { questionId: q.id, scale: 4 })),
        });
      }
      const { result, statements } = await counter.around(() => results(g.connor, g.gathering.id));
      expect(result.enoughAnswers).toBe(true);
      expect(result.series?.paired).toBe(people);
      return statements;
    };
    expect(await measure(12, 6)).toBe(await measure(5, 1));
  });

  it('shows a workshop series’ change: before at its first gathering, after at a follow-up, paired per person', async () => {
    const first = await gathered(t, 7);
    await first.connor.client.data(SET_BEFORE, { input: { gatheringId: first.gathering.id, asksBefore: true } });
    // Seven answer before; the first five of them and two newcomers answer after the last workshop.
    for (const [i, person] of first.people.entries())
      await answer(person, first.gathering.id, { networking: 2, trust: i < 4 ? 3 : null }, 'BEFORE');
    await first.connor.client.data(SET_STATUS, { input: { gatheringId: first.gathering.id, status: 'CLOSED' } });
    const middle = await t.build.gathering(first.connor, { title: 'Workshop 2' });
    const last = await t.build.gathering(first.connor, { title: 'Workshop 3' });
    await t.dataSource.query(`UPDATE gatherings SET follow_up_of_id = $1 WHERE id = $2`, [first.gathering.id, middle.id]);
    await t.dataSource.query(`UPDATE gatherings SET follow_up_of_id = $1 WHERE id = $2`, [middle.id, last.id]);
    const newcomers = [await t.newPerson(), await t.newPerson()];
    for (const person of [...first.people.slice(0, 5), ...newcomers]) await t.build.registration(person, last);
    const g: Gathered = { ...first, gathering: last };
    await close(t, g);
    for (const person of first.people.slice(0, 5)) await answer(person, last.id, { networking: 4, trust: 5 });
    for (const person of newcomers) await answer(person, last.id, { networking: 1 });

    const { series } = await results(first.connor, last.id);
    expect(series).toMatchObject({
      startGatheringId: first.gathering.id,
      startGatheringTitle: 'Valleys Workshop',
      beforeAnswered: 7,
      paired: 5,
    });
    const byScale = new Map(series!.scales.map((s) => [s.scale, s]));
    // Before: 2 (seven people); after: (5·4 + 2·1) / 7; paired change: +2 for each of five.
    expect(byScale.get('NETWORKING')).toEqual({ scale: 'NETWORKING', before: 2, after: 3.14, change: 2 });
    // Trust: four before (too few), five after, four pairs (too few).
    expect(byScale.get('TRUST')).toEqual({ scale: 'TRUST', before: null, after: 5, change: null });
    // A gathering of a series whose start did not ask before shows no series.
    const plain = await gathered(t, 0);
    await close(t, plain);
    expect((await results(plain.connor, plain.gathering.id)).series).toBeNull();
  });
});
