import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { PeopleService } from '../modules/accounts/people.service.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { Closeness } from '../modules/relationships/relationships.enums.js';
import { RelationshipsService } from '../modules/relationships/relationships.service.js';

/**
 * Who met whom at the demo's closed "Cynon Valley Open Space" (demo-follow-ups.ts), among people who shared
 * its breakout rooms: confirmed connections, one Priya proposed (waiting for the other), and one waiting for
 * Priya to confirm, so the demo account has someone in "People you met" and a proposal in the inbox.
 */
export async function loadDemoConnections(
  app: INestApplication,
  people: { priya: string },
): Promise<{ confirmed: number; proposed: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const relationships = app.get(RelationshipsService);
  const priya = as(people.priya);
  const past = (await app.get(GatheringsService).mine(priya, true)).find((g) => g.title === 'Cynon Valley Open Space');
  if (!past) return { confirmed: 0, proposed: 0 };
  // participant9… are the cast after Priya: 9–11 shared Priya's room, 12–14 the other.
  const crowd = await app.get(PeopleService).withProvedEmails(Array.from({ length: 6 }, (_, i) => `participant${i + 9}@demo.weave.test`));
  const [p9, p10, p11, p12, p13, p14] = crowd.map((p) => as(p.id));
  const met = async (one: Viewer, other: Viewer, closeness: Closeness, confirmed: boolean) => {
    await relationships.sayWeMet({ gatheringId: past.id, personId: other.personId, closeness }, one);
    if (confirmed) await relationships.sayWeMet({ gatheringId: past.id, personId: one.personId }, other);
  };
  await met(priya, p10, Closeness.WORKING_TOGETHER, true);
  await met(p12, p13, Closeness.MET_ONCE, true);
  await met(p13, p14, Closeness.CLOSE, true);
  await met(priya, p11, Closeness.MET_ONCE, false);
  await met(p9, priya, Closeness.MET_ONCE, false);
  return { confirmed: 3, proposed: 2 };
}
