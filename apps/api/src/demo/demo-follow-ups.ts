import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { PeopleService } from '../modules/accounts/people.service.js';
import { GatheringFormat, GatheringStatus } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { RegistrationsService } from '../modules/gatherings/registrations.service.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';
import { CarryOnService } from '../modules/open-space/carry-on.service.js';
import { GridService } from '../modules/open-space/grid.service.js';
import { HarvestService } from '../modules/open-space/harvest.service.js';
import { SpaceTag } from '../modules/open-space/open-space.enums.js';
import { RoomsService } from '../modules/open-space/rooms.service.js';
import { SessionsService } from '../modules/open-space/sessions.service.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** Who hosts each breakout (0: Priya, then participant1…), who came, and what they wrote. */
const BREAKOUTS = [
  {
    host: 0,
    title: 'How can the convener exit?',
    description: 'Handing the convening on so the network carries on without its founder.',
    came: [1, 2, 3],
    notes: [
      { by: 1, text: 'Share the convening early: co-conveners from the second gathering on.' },
      { by: 2, text: 'Write the “how we do things” down while it is still in one head.' },
    ],
    actions: [{ what: 'Draft a hand-over checklist for conveners', owner: 0 }],
  },
  {
    host: 4,
    title: 'Food as a way in',
    description: 'Shared meals and pantries as the start of neighbourliness.',
    came: [5, 6],
    notes: [{ by: 5, text: 'The Tuesday lunch brings people no leaflet ever reached.' }],
    actions: [{ what: 'Map the pantries in the valley', owner: 5 }],
  },
];

/**
 * After the day: a past open-space day of the coalition, closed, whose rooms
 * (notes, actions, who came) stay readable, and a follow-up carried on from
 * its first breakout by its host, published (which invites and tells the
 * people who took part in that breakout).
 */
export async function loadDemoFollowUps(app: INestApplication, people: { connor: string; priya: string }): Promise<{ rooms: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const gatherings = app.get(GatheringsService);
  const sessions = app.get(SessionsService);
  const grid = app.get(GridService);
  const rooms = app.get(RoomsService);
  const harvest = app.get(HarvestService);
  const connor = as(people.connor);
  const coalition = await app.get(NetworksService).bySlug('weaving-together-uk', connor);
  const crowd = await app.get(PeopleService).withProvedEmails(Array.from({ length: 6 }, (_, i) => `participant${i + 9}@demo.weave.test`));
  const cast = [as(people.priya), ...crowd.map((p) => as(p.id))];

  const day = new Date(Date.now() - 20 * DAY);
  const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9, 0));
  const past = await gatherings.create(
    {
      title: 'Cynon Valley Open Space',
      purpose: 'Networks of the Cynon Valley set their own agenda for a day, and carry the conversations on.',
      format: GatheringFormat.HYBRID,
      venue: 'Aberdare Community Centre, Aberdare CF44 8DL',
      onlineUrl: 'https://meet.example.org/cynon-valley-open-space',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * HOUR),
      timeZone: 'Europe/London',
      convenedByNetworkIds: [coalition.id],
    },
    connor,
  );
  await gatherings.setStatus({ gatheringId: past.id, status: GatheringStatus.PUBLISHED }, connor);
  for (const viewer of cast) await app.get(RegistrationsService).register({ gatheringId: past.id, shareAccessNeeds: false }, viewer);
  const spaces = [
    await grid.createSpace({ gatheringId: past.id, name: 'Main hall', capacity: 30, tags: [SpaceTag.STEP_FREE] }, connor),
    await grid.createSpace({ gatheringId: past.id, name: 'Kitchen', capacity: 12, tags: [SpaceTag.STEP_FREE] }, connor),
  ];
  const slotStart = new Date(startsAt.getTime() + HOUR);
  const slot = await grid.createTimeSlot(
    { gatheringId: past.id, startsAt: slotStart, endsAt: new Date(slotStart.getTime() + 50 * 60 * 1000), label: 'Morning round' },
    connor,
  );
  await gatherings.setStatus({ gatheringId: past.id, status: GatheringStatus.LIVE }, connor);

  const sessionIds: string[] = [];
  for (const [i, breakout] of BREAKOUTS.entries()) {
    const host = cast[breakout.host];
    const { id } = await sessions.propose(
      { gatheringId: past.id, title: breakout.title, description: breakout.description, needs: [] },
      host,
    );
    await sessions.place({ sessionId: id, slotId: slot.id, spaceId: spaces[i].id }, connor);
    for (const who of [breakout.host, ...breakout.came]) await rooms.join(id, cast[who]);
    for (const note of breakout.notes) await harvest.addNote({ sessionId: id, text: note.text }, cast[note.by]);
    for (const action of breakout.actions) {
      const [owner] = await app.get(PeopleService).contacts([cast[action.owner].personId]);
      await harvest.addAction(
        { sessionId: id, what: action.what, ownerName: owner?.displayName ?? 'Priya', ownerId: cast[action.owner].personId },
        cast[breakout.host],
      );
    }
    // The day ends: everyone leaves their room (who came is kept).
    for (const who of [breakout.host, ...breakout.came]) await rooms.leave(past.id, cast[who]);
    sessionIds.push(id);
  }
  await gatherings.setStatus({ gatheringId: past.id, status: GatheringStatus.CLOSED }, connor);

  // Priya carries her breakout on, online and unlimited; publishing it invites who came to it.
  const carried = await app.get(CarryOnService).carryOn(
    {
      sessionId: sessionIds[0],
      title: 'How can the convener exit? (carried on)',
      purpose: 'The breakout carried on online: hand-overs that worked, and the checklist.',
      format: GatheringFormat.ONLINE,
      onlineUrl: 'https://meet.example.org/convener-exit',
      startsAt: new Date(Date.now() + 10 * DAY),
      endsAt: new Date(Date.now() + 10 * DAY + HOUR),
      timeZone: 'Europe/London',
    },
    cast[0],
  );
  await gatherings.setStatus({ gatheringId: carried.id, status: GatheringStatus.PUBLISHED }, cast[0]);
  return { rooms: BREAKOUTS.length };
}
