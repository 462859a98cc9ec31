import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { NetworkRole } from '../modules/networks/network.enums.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';
import { NetworkRolesService } from '../modules/networks/network-roles/network-roles.service.js';
import { TieType } from '../modules/networks/ties/network-membership.entity.js';
import { NetworkMembershipsService } from '../modules/networks/ties/network-memberships.service.js';
import { InboxService } from '../modules/notifications/inbox.service.js';

/**
 * Notifications waiting in the demo accounts' inboxes. Building the directory told people about
 * dozens of ties, long settled: those are marked read, as history. Then fresh acts, through the
 * services, leave something to answer: Faith is asked by Priya's tenants' union to join the
 * national coalition (answerable from her inbox), Connor is asked by Faith's valley coalition to
 * join his alliance as an observer, and Priya is invited to convene the national coalition.
 * The gatherings, loaded afterwards, add registrations confirmed and waitlisted.
 */
export async function loadDemoNotifications(
  app: INestApplication,
  people: { faith: string; connor: string; priya: string; alex: string; fran: string },
): Promise<{ waiting: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const inbox = app.get(InboxService);
  for (const personId of Object.values(people)) await inbox.markAllRead(as(personId));

  const networks = app.get(NetworksService);
  const memberships = app.get(NetworkMembershipsService);
  const id = async (slug: string) => (await networks.bySlug(slug, as(people.faith))).id;
  await memberships.propose(
    { memberNetworkId: await id('southside-tenants-union'), parentNetworkId: await id('weaving-together-uk'), tieType: TieType.PARTNER },
    as(people.priya),
  );
  await memberships.propose(
    {
      memberNetworkId: await id('cynon-valley-together'),
      parentNetworkId: await id('northern-community-networks-alliance'),
      tieType: TieType.OBSERVER,
    },
    as(people.faith),
  );
  await app
    .get(NetworkRolesService)
    .invite({ networkId: await id('weaving-together-uk'), email: 'priya@demo.weave.test', role: NetworkRole.CONVENER }, as(people.faith));
  return { waiting: 3 };
}
