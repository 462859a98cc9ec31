import { Injectable } from '@nestjs/common';
import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { AsksOffers, DB } from '../../database/db.generated.js';
import { displayNameOf } from '../accounts/accounts.fragments.js';
import { gatheringHeadlines, takesPart } from '../gatherings/gatherings.fragments.js';
import type { NetworkKind } from '../networks/network.enums.js';
import { networkSummaries } from '../networks/networks.fragments.js';
import { holdsRole, roleAssignmentsIn } from '../roles/roles.fragments.js';
import { AskOfferKind, NETWORK_POSTERS, AskOfferSide, AskOfferStatus } from './asks-offers.enums.js';
import { effectiveStatus, isOpen, visibleAskOffer } from './asks-offers.fragments.js';
import type { AskOfferFilterInput } from './dtos/asks-offers.args.js';

/** An ask or offer as the viewer may see it, with the names around it. */
export interface AskOfferRow {
  id: string;
  side: AskOfferSide;
  kind: AskOfferKind;
  title: string;
  description: string;
  themes: string[];
  area: string;
  endsOn: string;
  status: AskOfferStatus;
  createdAt: Date;
  closedAt: Date | null;
  networkId: string | null;
  networkSlug: string | null;
  networkName: string | null;
  networkKind: NetworkKind | null;
  networkIsClosed: boolean | null;
  postedById: string | null;
  postedByName: string | null;
  gatheringId: string | null;
  gatheringSlug: string | null;
  gatheringTitle: string | null;
  metByOfferId: string | null;
  metByOfferTitle: string | null;
  metByNetworkId: string | null;
  metByNetworkSlug: string | null;
  metByNetworkName: string | null;
  metByNetworkKind: NetworkKind | null;
  metByNetworkIsClosed: boolean | null;
  viewerMayEdit: boolean;
}

/** What the rules need of a post, whoever asks (no visibility applied). */
export interface AskOfferFacts {
  id: string;
  side: AskOfferSide;
  title: string;
  status: AskOfferStatus;
  networkId: string | null;
  postedById: string | null;
}

export interface AskOfferValues {
  kind: AskOfferKind;
  title: string;
  description: string;
  themes: string[];
  area: string;
  endsOn: string;
}

export interface ReciprocityRow {
  direction: 'for' | 'by';
  count: number;
  otherId: string | null;
  slug: string | null;
  name: string | null;
  kind: NetworkKind | null;
  isClosed: boolean | null;
}

type Listing = SelectQueryBuilder<DB & { ao: AsksOffers }, 'ao', object>;

/** The asks-offers module's SQL on asks_offers and ask_offer_introductions (matching is in AsksOffersMatchingRepository). */
@Injectable()
export class AsksOffersRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** `query`'s posts with the columns of {@link AskOfferRow}, as `viewer` may see them (one statement, whatever the page size). */
  withColumns(query: Listing, viewer: Viewer | null) {
    const mayEdit = viewer
      ? sql<boolean>`(${sql.ref('ao.postedById')} = ${viewer.personId} OR (${sql.ref('ao.networkId')} IS NOT NULL AND ${holdsRole(
          'network',
          sql.ref<string>('ao.networkId'),
          viewer.personId,
          NETWORK_POSTERS,
        )}))`
      : sql<boolean>`false`;
    const withGathering = viewer
      ? query.leftJoin(gatheringHeadlines().as('g'), (join) =>
          join.onRef('g.id', '=', 'ao.gatheringId').on(takesPart(sql.ref<string>('g.id'), viewer.personId)),
        )
      : query.leftJoin(gatheringHeadlines().as('g'), (join) => join.on(sql<SqlBool>`false`));
    return withGathering
      .leftJoin(networkSummaries(viewer).as('net'), 'net.id', 'ao.networkId')
      .leftJoin(networkSummaries(viewer).as('metNet'), 'metNet.id', 'ao.metByNetworkId')
      .leftJoin('asksOffers as metOffer', (join) =>
        join.onRef('metOffer.id', '=', 'ao.metByOfferId').on(visibleAskOffer('metOffer', viewer)),
      )
      .select([
        'ao.id',
        'ao.side',
        'ao.kind',
        'ao.title',
        'ao.description',
        'ao.themes',
        'ao.area',
        sql<string>`ao.ends_on::text`.as('endsOn'),
        effectiveStatus('ao').as('status'),
        'ao.createdAt',
        'ao.closedAt',
        'ao.networkId',
        'net.slug as networkSlug',
        'net.name as networkName',
        'net.kind as networkKind',
        'net.isClosed as networkIsClosed',
        viewer ? 'ao.postedById' : sql<string | null>`NULL::uuid`.as('postedById'),
        (viewer ? displayNameOf(sql.ref<string>('ao.postedById')) : sql<string | null>`NULL::text`).as('postedByName'),
        'g.id as gatheringId',
        'g.slug as gatheringSlug',
        'g.title as gatheringTitle',
        'metOffer.id as metByOfferId',
        'metOffer.title as metByOfferTitle',
        'metNet.id as metByNetworkId',
        'metNet.slug as metByNetworkSlug',
        'metNet.name as metByNetworkName',
        'metNet.kind as metByNetworkKind',
        'metNet.isClosed as metByNetworkIsClosed',
        mayEdit.as('viewerMayEdit'),
      ])
      .$castTo<AskOfferRow>();
  }

  /** The post, if the viewer may see it. */
  find(id: string, viewer: Viewer | null, db: Executor = this.db): Promise<AskOfferRow | undefined> {
    const query = db.selectFrom('asksOffers as ao').where('ao.id', '=', id).where(visibleAskOffer('ao', viewer));
    return this.withColumns(query, viewer).executeTakeFirst();
  }

  /** The posts of `ids` the viewer may see (for matches: one statement for all of them). */
  findMany(ids: readonly string[], viewer: Viewer | null): Promise<AskOfferRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const query = this.db
      .selectFrom('asksOffers as ao')
      .where('ao.id', 'in', [...ids])
      .where(visibleAskOffer('ao', viewer));
    return this.withColumns(query, viewer).execute();
  }

  /** What the rules need, whoever asks, locking the row in a transaction when `forUpdate`. */
  async facts(id: string, db: Executor = this.db, forUpdate = false): Promise<AskOfferFacts | undefined> {
    let query = db
      .selectFrom('asksOffers as ao')
      .select(['ao.id', 'ao.side', 'ao.title', effectiveStatus('ao').as('status'), 'ao.networkId', 'ao.postedById'])
      .where('ao.id', '=', id);
    if (forUpdate) query = query.forUpdate();
    return query.$narrowType<{ side: AskOfferSide }>().executeTakeFirst();
  }

  /** The filtered listing the viewer may see (before ordering and paging). */
  private matching(filter: AskOfferFilterInput, viewer: Viewer | null) {
    let query = this.db.selectFrom('asksOffers as ao').where(visibleAskOffer('ao', viewer));
    if (filter.side) query = query.where('ao.side', '=', filter.side);
    if (filter.kinds?.length) query = query.where('ao.kind', 'in', filter.kinds);
    if (filter.theme?.trim()) query = query.where(sql<SqlBool>`ao.themes @> ARRAY[${filter.theme.trim().toLowerCase()}]::text[]`);
    if (filter.area?.trim())
      query = query.where(
        sql<SqlBool>`weave_unaccent(lower(ao.area)) LIKE '%' || weave_unaccent(lower(${escapeLike(filter.area.trim())})) || '%'`,
      );
    if (filter.open === true) query = query.where(isOpen('ao'));
    if (filter.open === false) query = query.where(sql<SqlBool>`NOT ${isOpen('ao')}`);
    if (filter.networkId) query = query.where('ao.networkId', '=', filter.networkId);
    if (filter.gatheringId) query = query.where('ao.gatheringId', '=', filter.gatheringId);
    if (filter.mine) {
      const personId = viewer?.personId ?? '00000000-0000-0000-0000-000000000000';
      query = query.where((eb) =>
        eb.or([
          eb('ao.postedById', '=', personId),
          eb.and([eb('ao.networkId', 'is not', null), holdsRole('network', sql.ref<string>('ao.networkId'), personId, NETWORK_POSTERS)]),
        ]),
      );
    }
    const search = filter.search?.trim();
    if (search) {
      // As the directory: full text; and only when nothing the viewer may see matches it, trigram
      // similarity of the title (for misspellings). Each branch can use its index.
      const q = sql`websearch_to_tsquery('english', weave_unaccent(${search}))`;
      query = query.where(
        sql<SqlBool>`ao.id IN (
          SELECT s.id FROM asks_offers s WHERE s.search @@ ${q}
          UNION ALL
          SELECT s.id FROM asks_offers s
           WHERE NOT EXISTS (SELECT 1 FROM asks_offers f WHERE f.search @@ ${q} AND ${visibleAskOffer('f', viewer)})
             AND weave_unaccent(lower(${search})) <% weave_unaccent(lower(s.title)))`,
      );
    }
    return query;
  }

  /** A page, newest first, `limit` rows after the keyset `after`, and how many match in all: two statements. */
  async page(filter: AskOfferFilterInput, viewer: Viewer | null, limit: number, after?: { createdAt: string; id: string }) {
    let query = this.matching(filter, viewer);
    if (after) query = query.where(sql<SqlBool>`(ao.created_at, ao.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
    const [rows, total] = await Promise.all([
      this.withColumns(query, viewer).orderBy('ao.createdAt', 'desc').orderBy('ao.id', 'desc').limit(limit).execute(),
      this.matching(filter, viewer)
        .select(sql<number>`count(*)::int`.as('count'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, totalCount: total.count };
  }

  async insert(
    values: AskOfferValues & { side: AskOfferSide; networkId: string | null; gatheringId: string | null; postedById: string },
    db: Executor,
  ): Promise<string> {
    const row = await db.insertInto('asksOffers').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** New words for a post that is still open (false when it was closed meanwhile). */
  async update(id: string, values: AskOfferValues, db: Executor): Promise<boolean> {
    const result = await db
      .updateTable('asksOffers')
      .set({ ...values, updatedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', '=', AskOfferStatus.OPEN)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Closes a post not yet closed (false when someone closed it first); a met ask records the offer and its network. */
  async close(
    id: string,
    change: { status: AskOfferStatus.MET | AskOfferStatus.WITHDRAWN; byId: string; metByOfferId?: string; metByNetworkId?: string | null },
    db: Executor,
  ): Promise<boolean> {
    const result = await db
      .updateTable('asksOffers')
      .set({
        status: change.status,
        closedAt: sql<Date>`now()`,
        closedById: change.byId,
        metByOfferId: change.metByOfferId ?? null,
        metByNetworkId: change.metByNetworkId ?? null,
        updatedAt: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .where('status', '=', AskOfferStatus.OPEN)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Whether `personId` takes part in the gathering (which must exist). */
  async takesPartIn(gatheringId: string, personId: string): Promise<boolean> {
    const row = await this.db.selectNoFrom(takesPart(gatheringId, personId).as('takes')).executeTakeFirstOrThrow();
    return Boolean(row.takes);
  }

  /** The people of a post's side: its poster, and its network's facilitators and conveners now. */
  async sidePeople(post: { postedById: string | null; networkId: string | null }, db: Executor): Promise<string[]> {
    const people = new Set<string>(post.postedById ? [post.postedById] : []);
    if (post.networkId) {
      const rows = await db
        .selectFrom(roleAssignmentsIn('network', { current: true }).as('r'))
        .select('r.personId')
        .where('r.scopeId', '=', post.networkId)
        .where('r.role', 'in', [...NETWORK_POSTERS])
        .execute();
      for (const r of rows) people.add(r.personId);
    }
    return [...people];
  }

  /** Records an introduction once per pair; the existing conversation when there is one already. */
  async claimIntroduction(askId: string, offerId: string, db: Executor): Promise<{ conversationId: string } | undefined> {
    await db.executeQuery(sql`SELECT pg_advisory_xact_lock(hashtext(${`introduce:${askId}:${offerId}`}))`.compile(db));
    return db
      .selectFrom('askOfferIntroductions')
      .select('conversationId')
      .where('askId', '=', askId)
      .where('offerId', '=', offerId)
      .executeTakeFirst();
  }

  async insertIntroduction(values: { askId: string; offerId: string; conversationId: string; introducedById: string }, db: Executor) {
    await db.insertInto('askOfferIntroductions').values(values).execute();
  }

  /**
   * Met asks between `networkId` and other networks, one row per direction and other network
   * (`otherId` null: met by a person, or of a network the viewer may not see — counted, not named).
   */
  async reciprocity(networkId: string, viewer: Viewer | null): Promise<ReciprocityRow[]> {
    const { rows } = await sql<ReciprocityRow>`
      SELECT x.direction, x.count, n.id AS other_id, n.slug, n.name, n.kind, n.is_closed
        FROM (
          SELECT 'for' AS direction, met_by_network_id AS partner_id, count(*)::int AS count
            FROM asks_offers WHERE network_id = ${networkId} AND side = ${AskOfferSide.ASK} AND status = ${AskOfferStatus.MET}
           GROUP BY met_by_network_id
          UNION ALL
          SELECT 'by', network_id, count(*)::int
            FROM asks_offers WHERE met_by_network_id = ${networkId} AND side = ${AskOfferSide.ASK} AND status = ${AskOfferStatus.MET}
           GROUP BY network_id
        ) x
        LEFT JOIN (${networkSummaries(viewer)}) n ON n.id = x.partner_id AND n.id <> ${networkId}
       ORDER BY x.count DESC, n.name`.execute(this.db);
    return rows;
  }

  /** Which of `offerIds` (or asks) were introduced to `postId`, with their conversation (one statement). */
  async introductionsOf(postId: string, side: AskOfferSide): Promise<Map<string, string>> {
    const mine = side === AskOfferSide.ASK ? 'askId' : 'offerId';
    const other = side === AskOfferSide.ASK ? 'offerId' : 'askId';
    const rows = await this.db
      .selectFrom('askOfferIntroductions')
      .select([`${other} as otherId`, 'conversationId'])
      .where(mine, '=', postId)
      .execute();
    return new Map(rows.map((r) => [r.otherId, r.conversationId]));
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
