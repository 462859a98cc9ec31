import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import type { TestApp, TestGathering, TestPerson } from '../../../test/test-app.js';

export const HARVEST = `query($id: UUID!) { harvest(gatheringId: $id) {
  gatheringId status visibility version viewerMayEdit publishedAt themes { heading body }
  sessions { id title hostName spaceName slotLabel tookPart notes { text authorName } actions { what ownerName ownerId dueOn done } }
} }`;
export const SAVE =
  'mutation($input: SaveHarvestInput!) { saveHarvest(input: $input) { status visibility version themes { heading body } } }';
export const SET_STATUS = 'mutation($input: SetHarvestStatusInput!) { setHarvestStatus(input: $input) { status version publishedAt } }';

export interface HarvestData {
  harvest: {
    gatheringId: string;
    status: string;
    visibility: string;
    version: number;
    viewerMayEdit: boolean;
    publishedAt: string | null;
    themes: { heading: string; body: string }[];
    sessions: {
      id: string;
      title: string;
      hostName: string;
      spaceName: string | null;
      slotLabel: string | null;
      tookPart: number;
      notes: { text: string; authorName: string }[];
      actions: { what: string; ownerName: string; ownerId: string | null; dueOn: string | null; done: boolean }[];
    }[];
  } | null;
}

export interface Day {
  connor: TestPerson;
  gathering: TestGathering;
  ana: TestPerson;
  outsider: TestPerson;
  spaceId: string;
  slotId: string;
}

/** A published gathering convened by Connor, Ana with a place, an outsider, and a one-space, one-slot grid. */
export async function harvestDay(t: TestApp, status = GatheringStatus.PUBLISHED): Promise<Day> {
  const connor = await t.newPerson({ displayName: 'Connor Convener' });
  const ana = await t.newPerson({ displayName: 'Ana Participant' });
  const outsider = await t.newPerson({ displayName: 'Olly Outsider' });
  const gathering = await t.build.gathering(connor, { status, title: 'Harvest Day' });
  await t.build.registration(ana, gathering);
  const [{ id: spaceId }] = await t.dataSource.query(
    `INSERT INTO spaces (gathering_id, name, capacity) VALUES ($1, 'Garden', 20) RETURNING id`,
    [gathering.id],
  );
  const [{ id: slotId }] = await t.dataSource.query(
    `INSERT INTO time_slots (gathering_id, starts_at, ends_at, label) VALUES ($1, '2027-09-01T10:00:00Z', '2027-09-01T11:00:00Z', 'Round 1') RETURNING id`,
    [gathering.id],
  );
  return { connor, gathering, ana, outsider, spaceId, slotId };
}

/** A session of the day on the wall, with `visitors` having entered its room (a presence each, as joining makes). */
export async function heldSession(
  t: TestApp,
  day: Day,
  title: string,
  visitors: TestPerson[],
  slotId: string | null = day.slotId,
): Promise<string> {
  const { id } = await t.build.session(day.ana, day.gathering, title);
  if (slotId)
    await t.dataSource.query(`UPDATE agenda_sessions SET slot_id = $2, space_id = $3, capacity = 20 WHERE id = $1`, [
      id,
      slotId,
      day.spaceId,
    ]);
  for (const visitor of visitors) {
    await t.dataSource.query(
      `INSERT INTO presences (gathering_id, person_id, session_id) VALUES ($1, $2, $3)
       ON CONFLICT (gathering_id, person_id) DO UPDATE SET session_id = excluded.session_id`,
      [day.gathering.id, visitor.id, id],
    );
  }
  return id;
}

export const noticesOf = async (t: TestApp, kind: string, subjectId: string): Promise<string[]> =>
  (
    await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = $1 AND subject_id = $2 ORDER BY recipient_id`, [
      kind,
      subjectId,
    ])
  ).map((r: { recipient_id: string }) => r.recipient_id);
