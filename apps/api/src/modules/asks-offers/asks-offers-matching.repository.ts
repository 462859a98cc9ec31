import { Injectable } from '@nestjs/common';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db } from '../../database/database.js';
import { AskOfferSide } from './asks-offers.enums.js';
import { isOpen, openToEveryoneSignedIn, visibleAskOffer } from './asks-offers.fragments.js';

/** What matching needs of the post matched for. */
export interface MatchSource {
  id: string;
  side: AskOfferSide;
  title: string;
  themes: string[];
  area: string;
  networkId: string | null;
  postedById: string | null;
  /** The post's words (title and description) as an OR query: any shared word finds a candidate. */
  anyWord: string;
  titleLexemes: string[];
  lexemes: string[];
  /** Whether everyone signed in may see it (only such posts are told of matches). */
  openToAll: boolean;
}

/** A candidate on the other side, with its score and the parts of it. */
export interface ScoredMatch {
  id: string;
  networkId: string | null;
  postedById: string | null;
  title: string;
  score: number;
  themeScore: number;
  textScore: number;
  sameNetwork: boolean;
}

/** Weights of the score's parts: themes shared, words shared (title most), area, title likeness. */
export const WEIGHTS = { theme: 1, text: 1.5, area: 0.3, title: 0.2 } as const;
/** A match within one network counts this much of its score: matching is across networks. */
export const SAME_NETWORK_FACTOR = 0.5;

const overlap = (a: Expression<string[]>, b: readonly string[]) =>
  sql<number>`cardinality(ARRAY(SELECT unnest(${a}) INTERSECT SELECT unnest(${[...b]}::text[])))::float`;

/**
 * The SQL of matching asks with offers, as the directory searches networks: candidates come from the
 * full-text, theme and title-trigram indexes (each branch its own index), then are scored by the
 * share of the post's themes they have, the share of its words (its title's counting most), the
 * likeness of their areas and titles. Closed and expired posts never match; nor do one's own.
 */
@Injectable()
export class AsksOffersMatchingRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async source(id: string): Promise<MatchSource | undefined> {
    return this.db
      .selectFrom('asksOffers as ao')
      .select([
        'ao.id',
        'ao.side',
        'ao.title',
        'ao.themes',
        'ao.area',
        'ao.networkId',
        'ao.postedById',
        sql<string>`replace(plainto_tsquery('english', weave_unaccent(ao.title || ' ' || ao.description))::text, ' & ', ' | ')`.as(
          'anyWord',
        ),
        sql<string[]>`tsvector_to_array(to_tsvector('english', weave_unaccent(ao.title)))`.as('titleLexemes'),
        sql<string[]>`tsvector_to_array(ao.search)`.as('lexemes'),
        sql<boolean>`${openToEveryoneSignedIn('ao')}`.as('openToAll'),
      ])
      .where('ao.id', '=', id)
      .executeTakeFirst() as Promise<MatchSource | undefined>;
  }

  /**
   * The best `limit` open posts on the other side of `source`, best first: those `viewer` may see, or
   * (viewer null, for telling people) those everyone signed in may see. Posts of the same network
   * rank lower ({@link SAME_NETWORK_FACTOR}); one statement.
   */
  async best(source: MatchSource, viewer: Viewer | null | 'everyone', limit: number): Promise<ScoredMatch[]> {
    const other = source.side === AskOfferSide.ASK ? AskOfferSide.OFFER : AskOfferSide.ASK;
    const anyWord = sql`${source.anyWord}::tsquery`;
    const lowerTitle = sql`weave_unaccent(lower(${source.title}))`;
    const candidates = sql`(
      SELECT s.id FROM asks_offers s WHERE s.search @@ ${anyWord}
      UNION SELECT s.id FROM asks_offers s WHERE s.themes && ${source.themes}::text[]
      UNION SELECT s.id FROM asks_offers s WHERE weave_unaccent(lower(s.title)) % ${lowerTitle})`;
    const lexemes = sql.ref<string[]>('c.lexemes');
    const themeScore = sql<number>`(${overlap(sql.ref('c.themes'), source.themes)} / greatest(1, ${source.themes.length}))`;
    const textScore = sql<number>`(0.6 * ${overlap(lexemes, source.titleLexemes)} / greatest(1, ${source.titleLexemes.length})
      + 0.4 * ${overlap(lexemes, source.lexemes)} / greatest(1, ${source.lexemes.length}))`;
    const areaScore = source.area.trim()
      ? sql<number>`CASE WHEN c.area = '' THEN 0 ELSE similarity(weave_unaccent(lower(c.area)), weave_unaccent(lower(${source.area}))) END`
      : sql<number>`0`;
    const titleScore = sql<number>`similarity(weave_unaccent(lower(c.title)), ${lowerTitle})`;
    const sameNetwork = source.networkId ? sql<boolean>`coalesce(c.network_id = ${source.networkId}::uuid, false)` : sql<boolean>`false`;
    const visible = viewer === 'everyone' || viewer === null ? openToEveryoneSignedIn('ao') : visibleAskOffer('ao', viewer);
    const scored = this.db
      .selectFrom('asksOffers as ao')
      .select([
        'ao.id',
        'ao.networkId',
        'ao.postedById',
        'ao.title',
        'ao.themes',
        'ao.area',
        sql<string[]>`tsvector_to_array(ao.search)`.as('lexemes'),
      ])
      .where(sql<SqlBool>`ao.id IN ${candidates}`)
      .where('ao.side', '=', other)
      .where(isOpen('ao'))
      .where(visible)
      .where((eb) =>
        source.postedById ? eb.or([eb('ao.postedById', 'is', null), eb('ao.postedById', '<>', source.postedById)]) : eb.val(true),
      );
    const { rows } = await sql<ScoredMatch>`
      SELECT c.id, c.network_id AS "networkId", c.posted_by_id AS "postedById", c.title,
             ${themeScore} AS "themeScore", ${textScore} AS "textScore", ${sameNetwork} AS "sameNetwork",
             (${sql.lit(WEIGHTS.theme)} * ${themeScore} + ${sql.lit(WEIGHTS.text)} * ${textScore} + ${sql.lit(WEIGHTS.area)} * ${areaScore} + ${sql.lit(WEIGHTS.title)} * ${titleScore})
               * CASE WHEN ${sameNetwork} THEN ${sql.lit(SAME_NETWORK_FACTOR)} ELSE 1 END AS score
        FROM (${scored}) c
       ORDER BY score DESC, c.id
       LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => ({ ...r, score: Number(r.score), themeScore: Number(r.themeScore), textScore: Number(r.textScore) }));
  }
}
