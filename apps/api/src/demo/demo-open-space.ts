import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { GridService } from '../modules/open-space/grid.service.js';
import { SpaceTag } from '../modules/open-space/open-space.enums.js';
import { SessionsService } from '../modules/open-space/sessions.service.js';

const SESSIONS: { host: number; title: string; description: string; needs?: SpaceTag[]; stars: number }[] = [
  {
    host: 0,
    title: 'Who is missing from the room?',
    description: 'Which voices never reach our gatherings, and how we go to them.',
    stars: 6,
  },
  { host: 1, title: 'Money that builds trust', description: 'Funders and networks on grants that leave relationships stronger.', stars: 4 },
  {
    host: 2,
    title: 'Food as a way in',
    description: 'Shared meals, pantries and growing as the start of neighbourliness.',
    needs: [SpaceTag.STEP_FREE],
    stars: 5,
  },
  {
    host: 3,
    title: 'Ending a network well',
    description: 'Closing notes, hand-overs and where members go next.',
    needs: [SpaceTag.QUIET],
    stars: 2,
  },
  {
    host: 4,
    title: 'Welsh first, not Welsh too',
    description: 'Bilingual gatherings where nobody has to ask.',
    needs: [SpaceTag.CAPTIONED],
    stars: 3,
  },
  {
    host: 5,
    title: 'Taking part from afar',
    description: 'Online and hybrid breakouts for people with little spare time.',
    needs: [SpaceTag.ONLINE],
    stars: 3,
  },
  { host: 6, title: 'Young people running the show', description: 'Handing the convener role to the next generation.', stars: 1 },
];

/**
 * The open-space day's grid and agenda: four spaces (one online), two rounds,
 * sessions proposed and starred by participants, and the convener's applied
 * suggestion placing them. (The rooms open when a convener sets it live.)
 */
export async function loadDemoOpenSpace(
  app: INestApplication,
  gathering: { id: string; startsAt: Date },
  convener: Viewer,
  participants: Viewer[],
): Promise<{ sessions: number; placed: number }> {
  const grid = app.get(GridService);
  const sessions = app.get(SessionsService);
  const gatheringId = gathering.id;
  const spaces = [
    { name: 'Main hall', capacity: 40, tags: [SpaceTag.STEP_FREE] },
    { name: 'Garden room', capacity: 12, tags: [SpaceTag.QUIET, SpaceTag.STEP_FREE] },
    { name: 'Library', capacity: 10, tags: [SpaceTag.CAPTIONED, SpaceTag.STEP_FREE] },
    { name: 'Online room', capacity: 20, tags: [SpaceTag.ONLINE, SpaceTag.CAPTIONED] },
  ];
  for (const space of spaces) await grid.createSpace({ gatheringId, ...space }, convener);
  const hour = 60 * 60 * 1000;
  for (const [label, offset] of [
    ['Morning round', 1],
    ['Afternoon round', 4],
  ] as const) {
    const startsAt = new Date(gathering.startsAt.getTime() + offset * hour);
    await grid.createTimeSlot({ gatheringId, startsAt, endsAt: new Date(startsAt.getTime() + 50 * 60 * 1000), label }, convener);
  }
  for (const session of SESSIONS) {
    const { id } = await sessions.propose(
      { gatheringId, title: session.title, description: session.description, needs: session.needs ?? [] },
      participants[session.host],
    );
    for (const fan of participants.filter((_, i) => i !== session.host).slice(0, session.stars)) await sessions.star(id, true, fan);
  }
  const suggestion = await sessions.suggestSchedule(gatheringId, convener);
  const placed = await sessions.applySchedule(gatheringId, suggestion.placements, convener);
  return { sessions: SESSIONS.length, placed: placed.length };
}
