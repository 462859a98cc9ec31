import type { INestApplication } from '@nestjs/common';
import slugify from '@sindresorhus/slugify';
import type { Viewer } from '../common/access/request-context.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { GatheringFormat, GatheringStatus, RegistrationMode } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { RegistrationsService } from '../modules/gatherings/registrations.service.js';
import { NetworkRole } from '../modules/networks/network.enums.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';
import { GridService } from '../modules/open-space/grid.service.js';
import { SpaceTag } from '../modules/open-space/open-space.enums.js';
import { SessionsService } from '../modules/open-space/sessions.service.js';
import { RolesService } from '../modules/roles/roles.service.js';
import { DEMO_NETWORKS } from './demo-data/index.js';

// The day at real size (issue 15 §1): the open-space day that inspired Weave, with 35 networks in one
// room — 12 spaces × 5 slots, 60 sessions, 150 participants. Deterministic: the same names, topics and
// placements every time (only the times follow the clock, so the day is under way when the demo starts).

export const BIG_DAY = { spaces: 12, slots: 5, sessions: 60, participants: 150, networks: 35 } as const;

const FIRST = [
  'Aled',
  'Bethan',
  'Chidi',
  'Deepa',
  'Eilidh',
  'Farid',
  'Gwen',
  'Hassan',
  'Iona',
  'Jamal',
  'Kirsty',
  'Llinos',
  'Marek',
  'Nia',
  'Olu',
];
const LAST = ['Ahmed', 'Bevan', 'Chowdhury', 'Doherty', 'Edwards', 'Fraser', 'Griffiths', 'Hughes', 'Iqbal', 'Jones'];

const SPACES: { name: string; capacity: number; tags: SpaceTag[] }[] = [
  { name: 'Main hall', capacity: 60, tags: [SpaceTag.STEP_FREE] },
  { name: 'Council chamber', capacity: 40, tags: [SpaceTag.STEP_FREE, SpaceTag.CAPTIONED] },
  { name: 'Library', capacity: 20, tags: [SpaceTag.QUIET, SpaceTag.STEP_FREE] },
  { name: 'Garden room', capacity: 15, tags: [SpaceTag.QUIET] },
  { name: 'Studio', capacity: 25, tags: [SpaceTag.STEP_FREE] },
  { name: 'Kitchen', capacity: 12, tags: [] },
  { name: 'Gallery', capacity: 30, tags: [SpaceTag.STEP_FREE] },
  { name: 'Board room', capacity: 16, tags: [SpaceTag.CAPTIONED] },
  { name: 'Courtyard', capacity: 35, tags: [SpaceTag.STEP_FREE] },
  { name: 'Quiet room', capacity: 10, tags: [SpaceTag.QUIET, SpaceTag.STEP_FREE] },
  { name: 'Online 1', capacity: 50, tags: [SpaceTag.ONLINE, SpaceTag.CAPTIONED] },
  { name: 'Online 2', capacity: 50, tags: [SpaceTag.ONLINE] },
];

const TOPICS = [
  'Food and belonging',
  'Money that builds trust',
  'Young people leading',
  'Welsh first',
  'Who is missing',
  'Ending well',
  'Data we can trust',
  'Rural transport',
  'Warm spaces',
  'Health and neighbours',
  'Climate on our street',
  'Lived experience at the table',
];
const ANGLES = ['what works', 'what gets in the way', 'who else should be here', 'one thing to try next month', 'stories from the year'];

const SLOT_LABELS = ['Round 1', 'Round 2', 'Round 3', 'Round 4', 'Round 5'];

/**
 * The day as it is when the demo is made: its first round started 20–35 minutes earlier (on a
 * quarter hour), so someone trying Weave finds it under way whatever the hour, and the journeys see
 * a slot "on now"; the rounds follow each hour, 50 minutes each, and the day lasts eight hours.
 */
export function bigDayTimes(now = new Date()): { startsAt: Date; endsAt: Date } {
  const quarter = 15 * 60_000;
  const firstRound = Math.floor((now.getTime() - 20 * 60_000) / quarter) * quarter;
  const startsAt = new Date(firstRound - 30 * 60_000);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000) };
}

/** The big open-space day: convened by the national coalition, live today, its wall full. */
export async function loadDemoBigDay(
  app: INestApplication,
  password: string,
  people: { connor: string },
): Promise<typeof BIG_DAY & { placed: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const connor = as(people.connor);
  const networksService = app.get(NetworksService);
  const gatherings = app.get(GatheringsService);
  const grid = app.get(GridService);
  const sessions = app.get(SessionsService);

  // 35 of the demo's networks (the public ones the convener can see), each sending people.
  const networkIds: string[] = [];
  for (const network of DEMO_NETWORKS) {
    if (networkIds.length === BIG_DAY.networks) break;
    const found = await networksService.bySlug(slugify(network.name), connor).catch(() => null);
    if (found) networkIds.push(found.id);
  }
  const crowd = Array.from({ length: BIG_DAY.participants }, (_, i) => ({
    email: `day${i + 1}@demo.weave.test`,
    displayName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
  }));
  const ids = await app.get(AccountsService).createManyProved(crowd, password);
  const networkOf = (i: number) => networkIds[i % networkIds.length];
  await app.get(RolesService).grantMany(
    ids.map((personId, i) => ({ personId, scopeId: networkOf(i), role: NetworkRole.MEMBER })),
    'network',
  );

  const coalition = await networksService.bySlug('weaving-together-uk', connor);
  const day = await gatherings.create(
    {
      title: 'The Big Open Space Day',
      purpose: 'Thirty-five networks in one room, setting their own agenda: twelve spaces, five rounds, and the law of two feet.',
      format: GatheringFormat.HYBRID,
      venue: 'City Hall, Cathays Park, Cardiff CF10 3ND',
      ...bigDayTimes(),
      timeZone: 'Europe/London',
      registrationMode: RegistrationMode.OPEN,
      convenedByNetworkIds: [coalition.id],
    },
    connor,
  );
  await gatherings.setStatus({ gatheringId: day.id, status: GatheringStatus.PUBLISHED }, connor);
  const registrations = app.get(RegistrationsService);
  for (const [i, personId] of ids.entries()) {
    await registrations.register({ gatheringId: day.id, shareAccessNeeds: false, representingNetworkIds: [networkOf(i)] }, as(personId));
  }

  const spaceIds: string[] = [];
  for (const space of SPACES) spaceIds.push((await grid.createSpace({ gatheringId: day.id, ...space }, connor)).id);
  const slotIds: string[] = [];
  for (const [i, label] of SLOT_LABELS.entries()) {
    const startsAt = new Date(day.startsAt.getTime() + (30 + 60 * i) * 60_000);
    slotIds.push(
      (await grid.createTimeSlot({ gatheringId: day.id, startsAt, endsAt: new Date(startsAt.getTime() + 50 * 60_000), label }, connor)).id,
    );
  }
  // Session k is hosted by participant k and sits in round k mod 5 of space k div 5: one per cell, hosts never twice in a round.
  const placements = [];
  for (let k = 0; k < BIG_DAY.sessions; k++) {
    const topic = TOPICS[Math.floor(k / ANGLES.length)];
    const { id } = await sessions.propose(
      {
        gatheringId: day.id,
        title: `${topic}: ${ANGLES[k % ANGLES.length]}`,
        description: `A conversation on ${topic.toLowerCase()}.`,
        needs: [],
      },
      as(ids[k]),
    );
    placements.push({ sessionId: id, slotId: slotIds[k % BIG_DAY.slots], spaceId: spaceIds[Math.floor(k / BIG_DAY.slots)] });
  }
  const placed = await sessions.applySchedule(day.id, placements, connor);
  await gatherings.setStatus({ gatheringId: day.id, status: GatheringStatus.LIVE }, connor);
  return { ...BIG_DAY, networks: networkIds.length as typeof BIG_DAY.networks, placed: placed.length };
}
