import { Injectable } from '@nestjs/common';
import { expressionBuilder, sql, type Expression } from 'kysely';
import { InjectDb, type Db } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';
import type { NetworkSummary } from '../networks/network-membership.model.js';
import { LifecycleStage, NetworkRole, type NetworkKind, type Sector } from '../networks/network.enums.js';
import { holdsRole } from '../roles/roles.fragments.js';
import type { Gathering } from './gathering.js';
import { GatheringStatus } from './gathering.enums.js';
import type { GatheringEnums } from './gatherings.repository.js';

// What the gatherings module reads of the networks module's tables (networks,
// network_memberships), kept in this one file until the networks module
// exports it (network summaries by id, names, who is in a network): the
// entries for gatherings in table-ownership.spec's STILL_TO_MOVE.

const eb = expressionBuilder<DB>();

/** The columns of a NetworkSummary, from `networks as n`. */
const SUMMARY = [
  'n.id',
  'n.slug',
  'n.name',
  sql<NetworkKind>`${sql.ref('n.kind')}`.as('kind'),
  sql<boolean>`${sql.ref('n.lifecycleStage')} = ${LifecycleStage.CLOSED}`.as('isClosed'),
] as const;

/** A network's name, as a scalar subquery. */
export function networkNameOf(network: Expression<string | null>) {
  return eb.selectFrom('networks as named').select('named.name').where('named.id', '=', network);
}

/** The names of the networks in an array of ids, sorted and joined with "; ", as a scalar subquery. */
export function networkNamesIn(networks: Expression<string[]>) {
  return eb
    .selectFrom('networks as listed')
    .select(sql<string | null>`string_agg(${sql.ref('listed.name')}, '; ' ORDER BY ${sql.ref('listed.name')})`.as('names'))
    .where(sql<boolean>`${sql.ref('listed.id')} = ANY(${networks})`);
}

export interface WhosMissingRow extends NetworkSummary {
  region: string | null;
  sectors: Sector[];
  represented: boolean;
}

@Injectable()
export class GatheringNetworksRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async summaries(ids: readonly string[]): Promise<NetworkSummary[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('networks as n')
      .select(SUMMARY)
      .where('n.id', 'in', [...new Set(ids)])
      .execute();
  }

  async names(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (
      await this.db
        .selectFrom('networks')
        .select('name')
        .where('id', 'in', [...ids])
        .execute()
    ).map((n) => n.name);
  }

  /** The network's lifecycle stage, or undefined when there is no such network. */
  async stage(id: string): Promise<LifecycleStage | undefined> {
    const row = await this.db.selectFrom('networks').select('lifecycleStage').where('id', '=', id).executeTakeFirst();
    return row?.lifecycleStage as LifecycleStage | undefined;
  }

  /** The networks convening (accepted) or invited to co-convene (not accepted) each gathering. */
  async conveners(gatheringIds: readonly string[], accepted: boolean): Promise<{ gatheringId: string; network: NetworkSummary }[]> {
    if (gatheringIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('gatheringConveners as gc')
      .innerJoin('networks as n', 'n.id', 'gc.networkId')
      .select(['gc.gatheringId', ...SUMMARY])
      .where('gc.gatheringId', 'in', [...gatheringIds])
      .where('gc.accepted', '=', accepted)
      .execute();
    return rows.map(({ gatheringId, ...network }) => ({ gatheringId, network }));
  }

  /** Invitations to co-convene waiting for an answer from networks the person facilitates or convenes (not closed gatherings), soonest first. */
  async coConveningInvitationsFor(personId: string): Promise<{ gathering: Gathering; network: NetworkSummary }[]> {
    const rows = await this.db
      .selectFrom('gatheringConveners as gc')
      .innerJoin('gatherings as g', 'g.id', 'gc.gatheringId')
      .innerJoin('networks as n', 'n.id', 'gc.networkId')
      .selectAll('g')
      .$narrowType<GatheringEnums>()
      .select([
        'n.id as networkId',
        'n.slug as networkSlug',
        'n.name as networkName',
        sql<NetworkKind>`${sql.ref('n.kind')}`.as('networkKind'),
        sql<boolean>`${sql.ref('n.lifecycleStage')} = ${LifecycleStage.CLOSED}`.as('networkIsClosed'),
      ])
      .where('gc.accepted', '=', false)
      .where((w) => holdsRole('network', w.ref('gc.networkId'), personId, [NetworkRole.FACILITATOR, NetworkRole.CONVENER]))
      .where('g.status', '<>', GatheringStatus.CLOSED)
      .orderBy('g.startsAt')
      .limit(100)
      .execute();
    return rows.map(({ networkId, networkSlug, networkName, networkKind, networkIsClosed, ...gathering }) => ({
      gathering,
      network: { id: networkId, slug: networkSlug, name: networkName, kind: networkKind, isClosed: networkIsClosed },
    }));
  }

  /** A gathering's delegate places per network. */
  delegatePlaces(gatheringId: string): Promise<{ network: NetworkSummary; places: number }[]> {
    return this.db
      .selectFrom('gatheringDelegatePlaces as dp')
      .innerJoin('networks as n', 'n.id', 'dp.networkId')
      .select(['dp.places', ...SUMMARY])
      .where('dp.gatheringId', '=', gatheringId)
      .execute()
      .then((rows) => rows.map(({ places, ...network }) => ({ network, places })));
  }

  /** Networks invited (by link, as conveners, or as active members of a convening network) or represented at a gathering, by name. */
  whosMissing(gatheringId: string): Promise<WhosMissingRow[]> {
    return this.db
      .with('invited', (db) =>
        db
          .selectFrom('gatheringInvitations')
          .select('networkId as id')
          .where('gatheringId', '=', gatheringId)
          .where('networkId', 'is not', null)
          .union(db.selectFrom('gatheringConveners').select('networkId as id').where('gatheringId', '=', gatheringId))
          .union(
            db
              .selectFrom('networkMemberships as m')
              .innerJoin('gatheringConveners as c', 'c.networkId', 'm.parentId')
              .select('m.memberId as id')
              .where('c.gatheringId', '=', gatheringId)
              .where('m.status', '=', 'active'),
          ),
      )
      .with('represented', (db) =>
        db
          .selectFrom('registrations')
          .select(sql<string>`unnest(${sql.ref('representingNetworkIds')})`.as('id'))
          .distinct()
          .where('gatheringId', '=', gatheringId)
          .where('status', '<>', 'cancelled'),
      )
      .selectFrom('networks as n')
      .leftJoin('represented as r', 'r.id', 'n.id')
      .select([
        ...SUMMARY,
        'n.region',
        sql<Sector[]>`${sql.ref('n.sectors')}`.as('sectors'),
        sql<boolean>`r.id IS NOT NULL`.as('represented'),
      ])
      .where((w) => w.or([w('n.id', 'in', w.selectFrom('invited').select('id')), w('r.id', 'is not', null)]))
      .orderBy('n.name')
      .execute();
  }
}
