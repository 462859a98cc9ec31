import { Injectable } from '@nestjs/common';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { Viewer } from '../../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../../database/database.js';
import type { DB, Networks } from '../../../database/db.generated.js';
import { roleAssignmentsIn, scopesHeldBy } from '../../roles/roles.fragments.js';
import type { LifecycleStage, NetworkKind, NetworkRole, NetworkScope, NetworkVisibility, Region, Sector } from '../network.enums.js';
import { networkSummaries, visibleMemberCount, visibleNetworkRow } from '../networks.fragments.js';
import type { NetworkSummary } from '../network-summary.model.js';

/** A network as the directory reads it (every column but the search document and updated_at). */
export interface NetworkRow {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  purpose: string;
  values: string;
  description: string;
  themes: string[];
  sectors: Sector[];
  placeName: string | null;
  region: Region | null;
  latitude: number | null;
  longitude: number | null;
  scope: NetworkScope;
  lifecycleStage: LifecycleStage;
  visibility: NetworkVisibility;
  website: string | null;
  contact: string | null;
  isClaimed: boolean;
  closingNote: string | null;
  createdAt: Date;
}

/** What a network's own fields may be set to (not its id, slug or dates). */
export type NetworkChanges = Partial<Omit<NetworkRow, 'id' | 'slug' | 'createdAt'>>;
export type NewNetwork = Omit<Insertable<Networks>, 'search' | 'id' | 'createdAt' | 'updatedAt'>;

export interface LifecycleEventRow {
  networkId: string;
  stage: LifecycleStage;
  note: string | null;
  changedAt: Date;
}

const NETWORK_FIELDS = [
  'id',
  'slug',
  'name',
  'kind',
  'purpose',
  'values',
  'description',
  'themes',
  'sectors',
  'placeName',
  'region',
  'latitude',
  'longitude',
  'scope',
  'lifecycleStage',
  'visibility',
  'website',
  'contact',
  'isClaimed',
  'closingNote',
  'createdAt',
] as const;

/** The columns of {@link NetworkRow}, on the networks row aliased `n`. */
export const NETWORK_COLUMNS = NETWORK_FIELDS.map((field) => `n.${field}` as const);

/** All SQL on networks and network_lifecycle_events, but the directory's search (DirectorySearchRepository). */
@Injectable()
export class NetworksRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Whether a network has this slug (any case). */
  async slugTaken(slug: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('networks')
      .select('id')
      .where(sql<boolean>`lower(slug) = ${slug.toLowerCase()}`)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Slugs taken that start with one of `bases` (lower case). */
  async slugsStartingWith(bases: string[], db: Executor = this.db): Promise<Set<string>> {
    const patterns = [...new Set(bases)].map((b) => `${b.replace(/[\\%_]/g, '\\$&')}%`);
    const rows = await db
      .selectFrom('networks')
      .select(sql<string>`lower(slug)`.as('slug'))
      .where(sql<boolean>`lower(slug) LIKE ANY(${patterns}::text[])`)
      .execute();
    return new Set(rows.map((r) => r.slug));
  }

  async insert(network: NewNetwork, db: Executor = this.db): Promise<NetworkRow> {
    return db.insertInto('networks').values(network).returning(NETWORK_FIELDS).$castTo<NetworkRow>().executeTakeFirstOrThrow();
  }

  async insertMany(networks: NewNetwork[], db: Executor = this.db): Promise<string[]> {
    const rows = await db.insertInto('networks').values(networks).returning('id').execute();
    return rows.map((r) => r.id);
  }

  /** The network's stage, its row locked until the transaction ends; undefined when there is none. */
  async lockStage(networkId: string, db: Executor): Promise<LifecycleStage | undefined> {
    const row = await db.selectFrom('networks').select('lifecycleStage').where('id', '=', networkId).forUpdate().executeTakeFirst();
    return row?.lifecycleStage as LifecycleStage | undefined;
  }

  async update(networkId: string, changes: NetworkChanges, db: Executor = this.db): Promise<void> {
    // updated_at moves with every change, as TypeORM's @UpdateDateColumn did.
    await db
      .updateTable('networks')
      .set({ ...changes, updatedAt: sql<Date>`CURRENT_TIMESTAMP` })
      .where('id', '=', networkId)
      .execute();
  }

  async addLifecycleEvents(
    events: { networkId: string; stage: LifecycleStage; note?: string | null; changedById: string }[],
    db: Executor = this.db,
  ): Promise<void> {
    if (events.length > 0) await db.insertInto('networkLifecycleEvents').values(events).execute();
  }

  /** The stages of each network, oldest first. */
  lifecycleEvents(networkIds: readonly string[]): Promise<LifecycleEventRow[]> {
    return this.db
      .selectFrom('networkLifecycleEvents')
      .select(['networkId', 'stage', 'note', 'changedAt'])
      .where('networkId', 'in', [...networkIds])
      .orderBy('changedAt')
      .orderBy('id')
      .$castTo<LifecycleEventRow>()
      .execute();
  }

  get(networkId: string): Promise<NetworkRow> {
    return this.db
      .selectFrom('networks as n')
      .select(NETWORK_COLUMNS)
      .where('n.id', '=', networkId)
      .$castTo<NetworkRow>()
      .executeTakeFirstOrThrow();
  }

  /** A network by slug or id, if the viewer may see it. */
  findVisible(where: { slug: string } | { id: string }, viewer: Viewer | null): Promise<NetworkRow | undefined> {
    return this.db
      .selectFrom('networks as n')
      .select(NETWORK_COLUMNS)
      .where(visibleNetworkRow('n', viewer))
      .where((eb) => ('slug' in where ? eb('n.slug', '=', where.slug) : eb('n.id', '=', where.id)))
      .$castTo<NetworkRow>()
      .executeTakeFirst();
  }

  /** Networks where the person holds a current role, by name (at most 500). */
  forPerson(personId: string): Promise<NetworkRow[]> {
    return this.db
      .selectFrom('networks as n')
      .select(NETWORK_COLUMNS)
      .where('n.id', 'in', scopesHeldBy('network', personId))
      .orderBy(sql`lower(n.name)`)
      .orderBy('n.id')
      .limit(500)
      .$castTo<NetworkRow>()
      .execute();
  }

  /** Active member networks of each network that the viewer may see. */
  async memberCounts(networkIds: string[], viewer: Viewer | null): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('networks as n')
      .select((eb) => ['n.id', visibleMemberCount(eb.ref('n.id'), viewer).as('count')])
      .where('n.id', 'in', networkIds)
      .execute();
    return new Map(rows.map((r) => [r.id, r.count ?? 0]));
  }

  /** The person's current roles in these networks. */
  rolesOf(personId: string, networkIds: string[]): Promise<{ scopeId: string; role: NetworkRole }[]> {
    return this.db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
      .select(['r.scopeId', 'r.role'])
      .where('r.personId', '=', personId)
      .where('r.scopeId', 'in', networkIds)
      .$castTo<{ scopeId: string; role: NetworkRole }>()
      .execute();
  }

  /** Networks by id that the viewer may see, as other modules show them. */
  summaries(networkIds: readonly string[], viewer: Viewer | null): Promise<NetworkSummary[]> {
    return this.db
      .selectFrom(networkSummaries(viewer).as('s'))
      .select(['s.id', 's.slug', 's.name', 's.kind', 's.isClosed'])
      .where('s.id', 'in', [...networkIds])
      .orderBy('s.name')
      .$castTo<NetworkSummary>()
      .execute();
  }
}
