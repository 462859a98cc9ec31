import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { GatheringStatus } from '../modules/gatherings/gathering.enums.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { HarvestStatus, HarvestVisibility } from '../modules/harvest/harvest.enums.js';
import { HarvestsService } from '../modules/harvest/harvests.service.js';
import { GridService } from '../modules/open-space/grid.service.js';
import { HarvestService } from '../modules/open-space/harvest.service.js';
import { RoomsService } from '../modules/open-space/rooms.service.js';
import { SessionsService } from '../modules/open-space/sessions.service.js';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const THEMES = [
  {
    heading: 'Who knows whom',
    body: 'The map on the wall showed the library, the food bank and the housing association all knew the same three people.\n\nEveryone agreed those three are carrying too much: the next step is to introduce their contacts to each other directly.',
  },
  {
    heading: 'Small money, quickly',
    body: 'Groups said a £200 grant decided in a week does more for trust than £5,000 decided in six months.',
  },
  {
    heading: 'Holding the end in mind',
    body: 'Two groups are winding down this year. They want their members to land somewhere, and their story kept.',
  },
];

/**
 * The past workshop's day and its harvest: three sessions in three rooms, who
 * took part, notes, actions with owners (people on Weave and a name for
 * someone who is not), then the conveners' themes, published for everyone.
 * Runs while the workshop is still open (sessions cannot be proposed once it
 * has closed): it goes live, and the caller closes it afterwards.
 */
export async function loadDemoHarvest(
  app: INestApplication,
  workshop: { id: string; startsAt: Date },
  convener: Viewer,
  participants: Viewer[],
): Promise<void> {
  const grid = app.get(GridService);
  const sessions = app.get(SessionsService);
  const rooms = app.get(RoomsService);
  const breakout = app.get(HarvestService);
  const gatheringId = workshop.id;

  const spaceIds: string[] = [];
  for (const name of ['Reading room', 'Children’s library', 'Meeting room'])
    spaceIds.push((await grid.createSpace({ gatheringId, name, capacity: 10, tags: [] }, convener)).id);
  const startsAt = new Date(workshop.startsAt.getTime() + 30 * 60 * 1000);
  const slot = await grid.createTimeSlot(
    { gatheringId, startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000), label: 'Breakouts' },
    convener,
  );
  await app.get(GatheringsService).setStatus({ gatheringId, status: GatheringStatus.LIVE }, convener);

  const titles = ['Mapping who knows whom', 'Small grants that build trust', 'When a group winds down'];
  const sessionIds: string[] = [];
  for (const [i, title] of titles.entries()) {
    const { id } = await sessions.propose({ gatheringId, title, description: '', needs: [] }, participants[i]);
    await sessions.place({ sessionId: id, slotId: slot.id, spaceId: spaceIds[i] }, convener);
    sessionIds.push(id);
  }
  // Everyone joins a room; a few move on (the law of two feet), and each room counts who came.
  for (const [i, person] of participants.entries()) await rooms.join(sessionIds[i % 3], person);
  for (const person of participants.slice(0, 2)) await rooms.join(sessionIds[2], person);
  for (const person of participants) await rooms.leave(gatheringId, person);

  const note = (s: number, by: Viewer, text: string) => breakout.addNote({ sessionId: sessionIds[s], text }, by);
  await note(0, participants[3], 'The same three people connect the library, the food bank and the housing association.');
  await note(0, participants[6], 'Nobody from the GP surgery was in the room: who knows someone there?');
  await note(1, participants[1], 'A week to decide, one page to apply, a phone call instead of a report.');
  await note(2, participants[2], 'Write the group’s story down before the last meeting, not after.');

  const action = (s: number, by: Viewer, what: string, ownerName: string, ownerId: string | null, dueOn: string | null) =>
    breakout.addAction({ sessionId: sessionIds[s], what, ownerName, ownerId, dueOn }, by);
  await action(
    0,
    convener,
    'Introduce the food bank to the housing association directly',
    'Siân Morgan',
    participants[0].personId,
    isoDay(2),
  );
  await action(0, participants[3], 'Ask the GP surgery who could come next time', 'Connor Convener', convener.personId, isoDay(10));
  await action(1, participants[1], 'Draft a one-page grant form with the council', 'Rhian at Rhondda Cynon Taf council', null, isoDay(21));
  const done = await action(2, participants[2], 'Collect the group’s photos for its story', 'Ceri Davies', participants[4].personId, null);
  await breakout.setActionDone(done.id, true, participants[4]);

  const harvests = app.get(HarvestsService);
  const saved = await harvests.save({ gatheringId, themes: THEMES, visibility: HarvestVisibility.EVERYONE, expectedVersion: 0 }, convener);
  await harvests.setStatus({ gatheringId, status: HarvestStatus.PUBLISHED, expectedVersion: saved.version }, convener);
}
