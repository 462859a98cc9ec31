import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import type { DB } from '../../database/db.generated.js';
import { visibleNetwork } from '../networks/networks.fragments.js';
import { AskOfferSide, AskOfferStatus } from './asks-offers.enums.js';

// SQL fragments other modules (the impact view) may build into their queries: the asks-offers
// module's public face onto asks_offers.

const eb = expressionBuilder<DB>();
const column = (alias: string, name: string) => sql.ref<string>(`${alias}.${name}`);

/**
 * "The viewer may see the ask or offer whose row is `alias`" — the one rule:
 * - a person's own post (no network): anyone signed in (it names a person, so never signed out);
 * - a network's post: whoever may see the network (public ones signed out too; members-only ones
 *   only their own people), by the networks module's rule.
 */
export function visibleAskOffer(alias: string, viewer: Viewer | null): Expression<SqlBool> {
  const networkId = column(alias, 'networkId');
  if (!viewer) return eb.and([eb(networkId, 'is not', null), visibleNetwork(networkId, null)]);
  return eb.or([eb(networkId, 'is', null), visibleNetwork(networkId, viewer)]);
}

/**
 * "Everyone signed in may see the post `alias`": a person's own, or a public network's. Weave tells
 * people of matches only between such posts, so no one is told of a post they could not open.
 */
export function openToEveryoneSignedIn(alias: string): Expression<SqlBool> {
  const networkId = column(alias, 'networkId');
  return eb.or([eb(networkId, 'is', null), visibleNetwork(networkId, null)]);
}

/** A post's status as people read it: an open one past its end date is expired. */
export function effectiveStatus(alias: string) {
  return sql<AskOfferStatus>`CASE WHEN ${column(alias, 'status')} = ${AskOfferStatus.OPEN} AND ${column(alias, 'endsOn')} < current_date
    THEN ${AskOfferStatus.EXPIRED} ELSE ${column(alias, 'status')} END`;
}

/** "The post `alias` is open and not past its end date" (only such posts match). */
export function isOpen(alias: string): Expression<SqlBool> {
  return sql<SqlBool>`(${column(alias, 'status')} = ${AskOfferStatus.OPEN} AND ${column(alias, 'endsOn')} >= current_date)`;
}

/**
 * Asks of one network met by another network, as a derived table (id, networkId, metByNetworkId, gatheringId,
 * closedAt, postedById, offerPostedById): the "asks met across networks" of the impact view. Who may see the
 * networks is the caller's rule.
 */
export function asksMetAcrossNetworks() {
  return eb
    .selectFrom('asksOffers as metAsk')
    .leftJoin('asksOffers as metBy', 'metBy.id', 'metAsk.metByOfferId')
    .select([
      'metAsk.id',
      'metAsk.networkId',
      'metAsk.metByNetworkId',
      'metAsk.gatheringId',
      'metAsk.closedAt',
      'metAsk.postedById',
      'metBy.postedById as offerPostedById',
    ])
    .where('metAsk.side', '=', AskOfferSide.ASK)
    .where('metAsk.status', '=', AskOfferStatus.MET)
    .where('metAsk.networkId', 'is not', null)
    .where('metAsk.metByNetworkId', 'is not', null)
    .whereRef('metAsk.networkId', '<>', 'metAsk.metByNetworkId');
}
