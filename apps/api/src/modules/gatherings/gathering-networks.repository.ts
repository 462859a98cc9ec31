import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { NetworkSummary } from '../networks/network-summary.model.js';
import { NetworkRole, type NetworkKind, type Region, type Sector } from '../networks/network.enums.js';
import { activeTies, networkSummaries } from '../networks/networks.fragments.js';
import { holdsRole, roleAssignmentsIn } from '../roles/roles.fragments.js';
import type { Gathering } from './gathering.js';
import { GatheringStatus } from './gathering.enums.js';
import type { GatheringEnums } from './gatherings.repository.js';

// What the gatherings module shows of networks (summaries, names, who
// belongs to a convening network), built on the networks module's fragments:
// every statement shows only networks the viewer may see (networkSummaries(viewer)).

/** The columns of a NetworkSummary, from `networkSummaries(viewer).as('n')`. */
const SUMMARY = ['n.id', 'n.slug', 'n.name', sql<NetworkKind>`${sql.ref('n.kind')}`.as('kind'), 'n.isClosed'] as const;

export interface WhosMissingRow extends NetworkSummary {
  region: Region | null;
  sectors: Sector[];
  represented: boolean;
  /** People with a place who come on its behalf, and how many of them checked in. */
  placed: number;
  came: number;
}

@Injectable()
export class GatheringNetworksRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** The networks among `ids` that the viewer may see. */
  async summaries(ids: readonly string[], viewer: Viewer | null): Promise<NetworkSummary[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom(networkSummaries(viewer).as('n'))
      .select(SUMMARY)
      .where('n.id', 'in', [...new Set(ids)])
      .execute();
  }

  /** The names of the networks among `ids` that the viewer may see. */
  async names(ids: readonly string[], viewer: Viewer | null): Promise<string[]> {
    if (ids.length === 0) return [];
    return (
      await this.db
        .selectFrom(networkSummaries(viewer).as('n'))
        .select('n.name')
        .where('n.id', 'in', [...ids])
        .execute()
    ).map((n) => n.name);
  }

  /**
   * Who may answer for a network (its current facilitators and conveners), with its name and slug as
   * the viewer sees it; undefined when the viewer may not see it.
   */
  async answerersFor(
    networkId: string,
    viewer: Viewer,
    db: Executor,
  ): Promise<{ network: { name: string; slug: string }; personIds: string[] } | undefined> {
    const network = await db
      .selectFrom(networkSummaries(viewer).as('n'))
      .select(['n.name', 'n.slug'])
      .where('n.id', '=', networkId)
      .executeTakeFirst();
    if (!network) return undefined;
    const people = await db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
      .select('r.personId')
      .distinct()
      .where('r.scopeId', '=', networkId)
      .where('r.role', 'in', [NetworkRole.FACILITATOR, NetworkRole.CONVENER])
      .execute();
    return { network, personIds: people.map((p) => p.personId) };
  }

  /** Whether the network has closed, or undefined when there is no such network or the viewer may not see it. */
  async isClosed(id: string, viewer: Viewer): Promise<boolean | undefined> {
    const row = await this.db.selectFrom(networkSummaries(viewer).as('n')).select('n.isClosed').where('n.id', '=', id).executeTakeFirst();
    return row?.isClosed;
  }

  /** The networks convening (accepted) or invited to co-convene (not accepted) each gathering, that the viewer may see. */
  async conveners(
    gatheringIds: readonly string[],
    accepted: boolean,
    viewer: Viewer | null,
  ): Promise<{ gatheringId: string; network: NetworkSummary }[]> {
    if (gatheringIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('gatheringConveners as gc')
      .innerJoin(networkSummaries(viewer).as('n'), 'n.id', 'gc.networkId')
      .select(['gc.gatheringId', ...SUMMARY])
      .where('gc.gatheringId', 'in', [...gatheringIds])
      .where('gc.accepted', '=', accepted)
      .execute();
    return rows.map(({ gatheringId, ...network }) => ({ gatheringId, network }));
  }

  /** Invitations to co-convene waiting for an answer from networks the person facilitates or convenes (not closed gatherings), soonest first. */
  async coConveningInvitationsFor(viewer: Viewer): Promise<{ gathering: Gathering; network: NetworkSummary }[]> {
    const personId = viewer.personId;
    const rows = await this.db
      .selectFrom('gatheringConveners as gc')
      .innerJoin('gatherings as g', 'g.id', 'gc.gatheringId')
      .innerJoin(networkSummaries(viewer).as('n'), 'n.id', 'gc.networkId')
      .selectAll('g')
      .$narrowType<GatheringEnums>()
      .select([
        'n.id as networkId',
        'n.slug as networkSlug',
        'n.name as networkName',
        sql<NetworkKind>`${sql.ref('n.kind')}`.as('networkKind'),
        'n.isClosed as networkIsClosed',
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

  /** A gathering's delegate places per network the viewer may see. */
  delegatePlaces(gatheringId: string, viewer: Viewer | null): Promise<{ network: NetworkSummary; places: number }[]> {
    return this.db
      .selectFrom('gatheringDelegatePlaces as dp')
      .innerJoin(networkSummaries(viewer).as('n'), 'n.id', 'dp.networkId')
      .select(['dp.places', ...SUMMARY])
      .where('dp.gatheringId', '=', gatheringId)
      .execute()
      .then((rows) => rows.map(({ places, ...network }) => ({ network, places })));
  }

  /**
   * Networks the viewer may see invited (by link, as conveners, or as active members of a convening network) or represented at a
   * gathering, by name, with how many people have a place on each one's behalf and how many of them came (checked in).
   */
  whosMissing(gatheringId: string, viewer: Viewer): Promise<WhosMissingRow[]> {
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
              .selectFrom('gatheringConveners as c')
              .innerJoin(activeTies().as('m'), 'm.parentId', 'c.networkId')
              .select('m.memberId as id')
              .where('c.gatheringId', '=', gatheringId),
          ),
      )
      .with('represented', (db) =>
        db
          .selectFrom(
            db
              .selectFrom('registrations as reg')
              .leftJoin('checkIns as c', 'c.registrationId', 'reg.id')
              .select([
                sql<string>`unnest(${sql.ref('reg.representingNetworkIds')})`.as('id'),
                sql<boolean>`${sql.ref('reg.status')} = 'registered'`.as('placed'),
                sql<boolean>`${sql.ref('c.personId')} IS NOT NULL`.as('came'),
              ])
              .where('reg.gatheringId', '=', gatheringId)
              .where('reg.status', '<>', 'cancelled')
              .as('x'),
          )
          .select([
            'x.id',
            sql<number>`count(*) FILTER (WHERE x.placed)::int`.as('placed'),
            sql<number>`count(*) FILTER (WHERE x.came)::int`.as('came'),
          ])
          .groupBy('x.id'),
      )
      .selectFrom(networkSummaries(viewer).as('n'))
      .leftJoin('represented as r', 'r.id', 'n.id')
      .select([
        ...SUMMARY,
        sql<Region | null>`${sql.ref('n.region')}`.as('region'),
        sql<Sector[]>`${sql.ref('n.sectors')}`.as('sectors'),
        sql<boolean>`r.id IS NOT NULL`.as('represented'),
        sql<number>`coalesce(r.placed, 0)`.as('placed'),
        sql<number>`coalesce(r.came, 0)`.as('came'),
      ])
      .where((w) => w.or([w('n.id', 'in', w.selectFrom('invited').select('id')), w('r.id', 'is not', null)]))
      .orderBy('n.name')
      .execute();
  }
}
