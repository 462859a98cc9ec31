import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../../database/database.js';
import type { DB } from '../../../database/db.generated.js';
import { displayNameOf, emailOf } from '../../accounts/accounts.fragments.js';
import { roleAssignmentsIn } from '../../roles/roles.fragments.js';
import { NetworkRole, type LifecycleStage, type NetworkKind } from '../network.enums.js';
import { ClaimStatus } from './network-claim.entity.js';

export interface ClaimRow {
  id: string;
  networkId: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  lifecycleStage: LifecycleStage;
  claimantName: string;
  claimantEmail: string;
  message: string;
  status: ClaimStatus;
  createdAt: Date;
}

/** All SQL on network_claims, and the hand-over of a listing when a claim is approved. */
@Injectable()
export class NetworkClaimsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insert(claim: { networkId: string; personId: string; message: string }): Promise<string> {
    const row = await this.db.insertInto('networkClaims').values(claim).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** One claim by id, or every pending claim, oldest first, with the network and the claimant. */
  list(id?: string): Promise<ClaimRow[]> {
    let query = this.db
      .selectFrom('networkClaims as c')
      .innerJoin('networks as n', 'n.id', 'c.networkId')
      .select([
        'c.id',
        'c.networkId',
        'n.slug',
        'n.name',
        'n.kind',
        'n.lifecycleStage',
        (eb) => displayNameOf(eb.ref('c.personId')).as('claimantName'),
        (eb) => emailOf(eb.ref('c.personId')).as('claimantEmail'),
        'c.message',
        'c.status',
        'c.createdAt',
      ])
      .orderBy('c.createdAt')
      .orderBy('c.id');
    query = id ? query.where('c.id', '=', id) : query.where('c.status', '=', ClaimStatus.PENDING);
    return query.$castTo<ClaimRow>().execute();
  }

  /** A pending claim, locked until the transaction ends. */
  lockPending(claimId: string, db: Executor): Promise<{ id: string; networkId: string; personId: string } | undefined> {
    return db
      .selectFrom('networkClaims')
      .select(['id', 'networkId', 'personId'])
      .where('id', '=', claimId)
      .where('status', '=', ClaimStatus.PENDING)
      .forUpdate()
      .executeTakeFirst();
  }

  async lockNetwork(networkId: string, db: Executor): Promise<void> {
    await db.selectFrom('networks').select('id').where('id', '=', networkId).forUpdate().execute();
  }

  /** The network's current facilitators other than `personId`. */
  async otherFacilitators(networkId: string, personId: string, db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
      .select('r.personId')
      .where('r.scopeId', '=', networkId)
      .where('r.role', '=', NetworkRole.FACILITATOR)
      .where('r.personId', '<>', personId)
      .execute();
    return rows.map((r) => r.personId);
  }

  async markClaimed(networkId: string, db: Executor): Promise<void> {
    await db
      .updateTable('networks')
      .set({ isClaimed: true, updatedAt: sql<Date>`CURRENT_TIMESTAMP` })
      .where('id', '=', networkId)
      .execute();
  }

  /** Approves or declines a claim. */
  async decide(claimId: string, status: ClaimStatus, deciderId: string, db: Executor): Promise<void> {
    await db
      .updateTable('networkClaims')
      .set({ status, decidedById: deciderId, decidedAt: sql<Date>`now()` })
      .where('id', '=', claimId)
      .execute();
  }

  async declinePending(networkId: string, deciderId: string, db: Executor): Promise<void> {
    await db
      .updateTable('networkClaims')
      .set({ status: ClaimStatus.DECLINED, decidedById: deciderId, decidedAt: sql<Date>`now()` })
      .where('networkId', '=', networkId)
      .where('status', '=', ClaimStatus.PENDING)
      .execute();
  }
}
