import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { HARVEST, harvestDay, heldSession, noticesOf, SAVE, SET_STATUS, type Day, type HarvestData } from './harvest-fixture.js';

const THEMES = [
  { heading: 'Convener exit', body: 'Networks that outlive their convener share the role early.\n\nHand-overs need a year.' },
  { heading: 'Money', body: 'Small grants move fastest.' },
];

describe('the harvest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const read = (who: TestPerson | null, id: string) => (who ? who.client : t.client()).data<HarvestData>(HARVEST, { id });
  const save = (who: TestPerson, day: Day, expectedVersion: number, visibility = 'PARTICIPANTS', themes = THEMES) =>
    who.client.request<{ saveHarvest: { version: number } }>(SAVE, {
      input: { gatheringId: day.gathering.id, themes, visibility, expectedVersion },
    });
  const setStatus = (who: TestPerson, day: Day, status: string, expectedVersion: number) =>
    who.client.request<{ setHarvestStatus: { version: number; status: string; publishedAt: string | null } }>(SET_STATUS, {
      input: { gatheringId: day.gathering.id, status, expectedVersion },
    });

  describe('who may read it', () => {
    it('shows conveners a draft (an empty one before the first save) and nobody else', async () => {
      const day = await harvestDay(t);
      const empty = (await read(day.connor, day.gathering.id)).harvest;
      expect(empty).toMatchObject({ status: 'DRAFT', version: 0, viewerMayEdit: true, themes: [], publishedAt: null });
      expect((await save(day.connor, day, 0)).errors).toBeUndefined();
      expect((await read(day.connor, day.gathering.id)).harvest).toMatchObject({ status: 'DRAFT', version: 1, themes: THEMES });
      // A participant, an outsider and someone signed out learn nothing, not even that a draft exists.
      for (const who of [day.ana, day.outsider, null]) expect((await read(who, day.gathering.id)).harvest).toBeNull();
      const none = await harvestDay(t);
      for (const who of [none.ana, none.outsider, null]) expect((await read(who, none.gathering.id)).harvest).toBeNull();
    });

    it('answers NOT_FOUND for a gathering nobody may see, and BAD_USER_INPUT for an id that is not one', async () => {
      const day = await harvestDay(t, GatheringStatus.DRAFT);
      await save(day.connor, day, 0);
      expect((await day.outsider.client.error(HARVEST, { id: day.gathering.id })).code).toBe('NOT_FOUND');
      expect((await t.client().error(HARVEST, { id: day.gathering.id })).code).toBe('NOT_FOUND');
      expect((await day.outsider.client.error(HARVEST, { id: '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10' })).code).toBe('NOT_FOUND');
      expect((await day.outsider.client.error(HARVEST, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
    });

    it('once published for participants: they and the conveners read it; outsiders and the signed-out do not', async () => {
      const day = await harvestDay(t);
      await save(day.connor, day, 0);
      const published = await setStatus(day.connor, day, 'PUBLISHED', 1);
      expect(published.data?.setHarvestStatus).toMatchObject({ status: 'PUBLISHED', version: 2 });
      expect((await read(day.ana, day.gathering.id)).harvest).toMatchObject({ status: 'PUBLISHED', themes: THEMES, viewerMayEdit: false });
      expect((await read(day.outsider, day.gathering.id)).harvest).toBeNull();
      expect((await read(null, day.gathering.id)).harvest).toBeNull();
      // A cancelled place is no longer a participant's.
      await t.dataSource.query(`UPDATE registrations SET status = 'cancelled' WHERE person_id = $1`, [day.ana.id]);
      expect((await read(day.ana, day.gathering.id)).harvest).toBeNull();
    });

    it('once published for everyone: anyone who can see the gathering reads it', async () => {
      const day = await harvestDay(t);
      await save(day.connor, day, 0, 'EVERYONE');
      await setStatus(day.connor, day, 'PUBLISHED', 1);
      expect((await read(day.outsider, day.gathering.id)).harvest?.themes).toEqual(THEMES);
      expect((await read(null, day.gathering.id)).harvest?.status).toBe('PUBLISHED');
    });

    it('taken back to draft, it is hidden again from all but the conveners', async () => {
      const day = await harvestDay(t);
      await save(day.connor, day, 0, 'EVERYONE');
      await setStatus(day.connor, day, 'PUBLISHED', 1);
      const back = await setStatus(day.connor, day, 'DRAFT', 2);
      expect(back.data?.setHarvestStatus.status).toBe('DRAFT');
      for (const who of [day.ana, day.outsider, null]) expect((await read(who, day.gathering.id)).harvest).toBeNull();
      expect((await read(day.connor, day.gathering.id)).harvest?.status).toBe('DRAFT');
    });
  });

  describe('writing it', () => {
    it('lets only conveners write or publish', async () => {
      const day = await harvestDay(t);
      for (const who of [day.ana, day.outsider]) {
        expect((await save(who, day, 0)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'HarvestConvenersOnly' });
        expect((await setStatus(who, day, 'PUBLISHED', 0)).errors?.[0].extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'HarvestConvenersOnly',
        });
      }
      const signedOut = await t
        .client()
        .error(SAVE, { input: { gatheringId: day.gathering.id, themes: [], visibility: 'EVERYONE', expectedVersion: 0 } });
      expect(signedOut.code).toBe('UNAUTHENTICATED');
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM harvests WHERE gathering_id = $1`, [
        day.gathering.id,
      ]);
      expect(count).toBe(0);
      // Someone who cannot see a draft gathering is told it does not exist, not that they are no convener.
      const hidden = await harvestDay(t, GatheringStatus.DRAFT);
      expect((await save(hidden.outsider, hidden, 0)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses bad input with a message for each field', async () => {
      const day = await harvestDay(t);
      const blank = await save(day.connor, day, 0, 'PARTICIPANTS', [{ heading: '   ', body: 'x' }]);
      expect(blank.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { 'themes.0.heading': 'Give each theme a heading.' },
      });
      const many = await save(
        day.connor,
        day,
        0,
        'PARTICIPANTS',
        Array.from({ length: 41 }, (_, i) => ({ heading: `T${i}`, body: '' })),
      );
      expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { themes: 'Use at most 40 themes.' } });
      const long = await save(day.connor, day, 0, 'PARTICIPANTS', [{ heading: 'Long', body: 'x'.repeat(20_001) }]);
      expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await save(day.connor, day, 0, 'WORLD')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await save(day.connor, day, -1)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await setStatus(day.connor, day, 'LIVE', 0)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const nul = await save(day.connor, day, 0, 'PARTICIPANTS', [{ heading: 'a\u0000b', body: '' }]);
      expect(nul.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps two conveners from overwriting each other: the later save is a CONFLICT and the earlier words stay', async () => {
      const day = await harvestDay(t);
      const cara = await t.newPerson({ displayName: 'Cara Co-convener' });
      await t.dataSource.query(
        `INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'gathering', $2, 'convener')`,
        [cara.id, day.gathering.id],
      );
      const [first, second] = await Promise.all([
        save(day.connor, day, 0, 'PARTICIPANTS', [{ heading: 'Connor’s', body: '' }]),
        save(cara, day, 0, 'PARTICIPANTS', [{ heading: 'Cara’s', body: '' }]),
      ]);
      const outcomes = [first, second].map((r) => r.errors?.[0].extensions?.reason ?? 'saved').sort();
      expect(outcomes).toEqual(['HarvestChanged', 'saved']);
      const conflict = [first, second].find((r) => r.errors)!.errors![0];
      expect(conflict.extensions?.code).toBe('CONFLICT');
      expect(conflict.message).toMatch(/Another convener changed the harvest/);
      const winner = first.errors ? 'Cara’s' : 'Connor’s';
      expect((await read(day.connor, day.gathering.id)).harvest?.themes).toEqual([{ heading: winner, body: '' }]);
      // Saving on top of what is now there works; a stale version never does, nor a stale publish.
      expect((await save(cara, day, 1)).errors).toBeUndefined();
      expect((await save(day.connor, day, 1)).errors?.[0].extensions?.reason).toBe('HarvestChanged');
      expect((await setStatus(day.connor, day, 'PUBLISHED', 1)).errors?.[0].extensions?.reason).toBe('HarvestChanged');
      expect((await read(day.ana, day.gathering.id)).harvest).toBeNull();
    });
  });

  describe('publishing', () => {
    it('tells each participant and co-convener once (never the publisher nor an outsider), however often it is republished', async () => {
      const day = await harvestDay(t);
      const cara = await t.newPerson();
      const waiting = await t.newPerson();
      await t.build.registration(waiting, day.gathering, 'waitlisted' as never);
      await t.dataSource.query(
        `INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'gathering', $2, 'convener')`,
        [cara.id, day.gathering.id],
      );
      await save(day.connor, day, 0);
      expect(await noticesOf(t, 'harvest_published', day.gathering.id)).toEqual([]);
      await setStatus(day.connor, day, 'PUBLISHED', 1);
      expect(await noticesOf(t, 'harvest_published', day.gathering.id)).toEqual([day.ana.id, cara.id].sort());
      await setStatus(day.connor, day, 'DRAFT', 2);
      await setStatus(cara, day, 'PUBLISHED', 3);
      expect(await noticesOf(t, 'harvest_published', day.gathering.id)).toEqual([day.ana.id, cara.id, day.connor.id].sort());
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE subject_id = $1`, [
        day.gathering.id,
      ]);
      expect(count).toBe(3);
    });

    it('publishes without a first save (no themes yet) and keeps the first publication date', async () => {
      const day = await harvestDay(t);
      const first = await setStatus(day.connor, day, 'PUBLISHED', 0);
      expect(first.data?.setHarvestStatus).toMatchObject({ status: 'PUBLISHED', version: 1 });
      await setStatus(day.connor, day, 'DRAFT', 1);
      const again = await setStatus(day.connor, day, 'PUBLISHED', 2);
      expect(again.data?.setHarvestStatus.publishedAt).toBe(first.data?.setHarvestStatus.publishedAt);
    });
  });

  describe('the day compiled', () => {
    it('lists each session with its host, space, slot, how many took part, its notes and its actions', async () => {
      const day = await harvestDay(t);
      const ben = await t.newPerson({ displayName: 'Ben' });
      await t.build.registration(ben, day.gathering);
      const garden = await heldSession(t, day, 'Convener exit', [day.ana, ben]);
      // Ben moves on: he took part in both; the moved-from room keeps him counted.
      const unplaced = await heldSession(t, day, 'Never placed', [ben], null);
      const merged = await heldSession(t, day, 'Merged away', [], null);
      await t.dataSource.query(`UPDATE agenda_sessions SET merged_into_id = $2 WHERE id = $1`, [merged, garden]);
      await t.dataSource.query(`INSERT INTO session_notes (session_id, author_id, text) VALUES ($1, $2, 'Share the role early')`, [
        garden,
        ben.id,
      ]);
      await t.dataSource.query(
        `INSERT INTO session_actions (session_id, what, owner_name, owner_id, due_on, created_by_id) VALUES ($1, 'Write it up', 'Ana Participant', $2, '2027-10-01', $2)`,
        [garden, day.ana.id],
      );
      const { harvest } = await read(day.connor, day.gathering.id);
      expect(harvest?.sessions).toEqual([
        {
          id: garden,
          title: 'Convener exit',
          hostName: 'Ana Participant',
          spaceName: 'Garden',
          slotLabel: 'Round 1',
          tookPart: 2,
          notes: [{ text: 'Share the role early', authorName: 'Ben' }],
          actions: [{ what: 'Write it up', ownerName: 'Ana Participant', ownerId: day.ana.id, dueOn: '2027-10-01', done: false }],
        },
        {
          id: unplaced,
          title: 'Never placed',
          hostName: 'Ana Participant',
          spaceName: null,
          slotLabel: null,
          tookPart: 1,
          notes: [],
          actions: [],
        },
      ]);
    });
  });
});
