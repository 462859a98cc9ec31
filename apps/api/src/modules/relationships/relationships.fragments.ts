import { expressionBuilder } from 'kysely';
import type { DB } from '../../database/db.generated.js';
import { ConnectionStatus } from './relationships.enums.js';

// SQL fragments other modules (the impact view) may build into their queries: the relationships
// module's public face onto connections.

const eb = expressionBuilder<DB>();

/**
 * Ties both people confirmed, as a derived table (id, firstPersonId, secondPersonId, gatheringId,
 * firstNetworkIds, secondNetworkIds, confirmedAt). A proposed tie (one-sided "we met") is never in it:
 * it is seen by the two only and never counted.
 */
export function confirmedTies() {
  return eb
    .selectFrom('connections as confirmed')
    .select([
      'confirmed.id',
      'confirmed.firstPersonId',
      'confirmed.secondPersonId',
      'confirmed.gatheringId',
      'confirmed.firstNetworkIds',
      'confirmed.secondNetworkIds',
      'confirmed.confirmedAt',
    ])
    .where('confirmed.status', '=', ConnectionStatus.CONFIRMED)
    .where('confirmed.confirmedAt', 'is not', null);
}
