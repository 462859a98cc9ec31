import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import type { DemoPersonKey } from './demo-data/index.js';
import { loadDemoBigDay } from './demo-big-day.js';
import { loadDemoConnections } from './demo-connections.js';
import { loadDemoFeedback } from './demo-feedback.js';
import { loadDemoAsksOffers } from './demo-asks-offers.js';
import { loadDemoCheckIns } from './demo-check-ins.js';
import { loadDemoFollowUps } from './demo-follow-ups.js';
import { loadDemoConversations } from './demo-conversations.js';
import { loadDemoGatherings } from './demo-gatherings.js';
import { loadDemoImpact } from './demo-impact.js';
import { loadDemoNetworks } from './demo-networks.js';
import { loadDemoNotifications } from './demo-notifications.js';
import { loadDemoSeries } from './demo-series.js';

export const DEMO_PASSWORD = 'weave-demo-password';

/** The demo cast: one person for each kind of user. `key` is how the demo directory refers to them. */
export const DEMO_PEOPLE = [
  { key: 'alex', email: 'admin@demo.weave.test', displayName: 'Alex Admin', admin: true, role: 'platform admin' },
  { key: 'faith', email: 'faith@demo.weave.test', displayName: 'Faith Facilitator', admin: false, role: 'network facilitator' },
  { key: 'connor', email: 'connor@demo.weave.test', displayName: 'Connor Convener', admin: false, role: 'convener' },
  { key: 'priya', email: 'priya@demo.weave.test', displayName: 'Priya Participant', admin: false, role: 'participant' },
  // The funder browses the directory and holds no roles in it.
  { key: 'fran', email: 'fran@demo.weave.test', displayName: 'Fran Funder', admin: false, role: 'funder' },
] as const;

/**
 * Loads the demo (people, then a directory of networks and coalitions) into an
 * empty database and prints how to sign in. A database that already has
 * anyone in it is left alone.
 */
export async function seedDemoIfEmpty(app: INestApplication, logger: Logger): Promise<boolean> {
  const accounts = app.get(AccountsService);
  if (await accounts.hasAnyone()) return false;

  const ids = {} as Record<(typeof DEMO_PEOPLE)[number]['key'], string>;
  for (const demo of DEMO_PEOPLE) {
    const person = await accounts.createProved({ email: demo.email, password: DEMO_PASSWORD, displayName: demo.displayName });
    if (demo.admin) await accounts.setPlatformAdmin(person.id, true);
    ids[demo.key] = person.id;
  }
  const directory = await loadDemoNetworks(app, ids satisfies Record<DemoPersonKey, string>);
  logger.info(directory, `loaded the demo directory: ${directory.networks} networks and coalitions, ${directory.activeTies} ties`);
  logger.info(await loadDemoNotifications(app, ids), 'loaded the demo notifications');
  const convening = await loadDemoGatherings(app, DEMO_PASSWORD, ids);
  logger.info(convening, `loaded the demo gatherings: ${convening.gatherings} gatherings, ${convening.registrations} registrations`);
  logger.info(await loadDemoConversations(app, ids), 'loaded the demo conversations');
  logger.info(
    await loadDemoFollowUps(app, ids),
    'loaded the demo after the day: a closed open-space day with readable rooms, and a follow-up',
  );
  logger.info(await loadDemoCheckIns(app, ids), 'loaded the demo check-ins: who came to the past gatherings');
  logger.info(await loadDemoConnections(app, ids), 'loaded the demo connections: who met whom at the open-space day');
  logger.info(await loadDemoFeedback(app, ids), 'loaded the demo feedback on the closed open-space day');
  logger.info(await loadDemoAsksOffers(app, ids), 'loaded the demo asks and offers');
  logger.info(await loadDemoSeries(app, DEMO_PASSWORD, ids), 'loaded the demo workshop series: Cynon Valley Working Together');
  logger.info(await loadDemoImpact(app, ids), 'loaded the demo impact publications: what the Cynon Valley networks publish');
  logger.info(await loadDemoBigDay(app, DEMO_PASSWORD, ids), 'loaded the big open-space day: 35 networks, live today');
  return true;
}

/** The demo accounts, when they are in the database and still take the demo password (to tell a newcomer how to sign in). */
export async function demoAccounts(app: INestApplication): Promise<typeof DEMO_PEOPLE | []> {
  try {
    await app.get(AccountsService).verifyCredentials(DEMO_PEOPLE[0].email, DEMO_PASSWORD);
    return DEMO_PEOPLE;
  } catch {
    return [];
  }
}
