import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db } from '../../database/database.js';
import { gatheringSlugOf, gatheringTitleOf, peopleWithAPlace, seriesStartOf } from '../gatherings/gatherings.fragments.js';
import { FeedbackQuestionKind, FeedbackStage, SCALES, type FeedbackScale } from './feedback.enums.js';

/** How many answered `value` (1–5) on a scale: a standard scale by name, or one of the conveners' by question id. */
export interface ScaleCount {
  key: string;
  value: number;
  count: number;
}

export interface ResponseSummary {
  answered: number;
  participants: number;
  newPeopleAnswered: number;
  newPeopleTotal: number;
}

export interface TextAnswer {
  /** Null for the free text at the end of the form. */
  questionId: string | null;
  text: string;
}

export type ScaleValues = Record<FeedbackScale, number | null>;

/** One person's scales in the before form (at the series' start) and the after form (here), without who they are. */
export interface PairedRow {
  before: ScaleValues | null;
  after: ScaleValues | null;
}

export interface SeriesStart {
  id: string;
  title: string;
  slug: string;
  asksBefore: boolean;
}

const scalesJson = (alias: string) =>
  sql.raw(`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE jsonb_build_object(${SCALES.map((s) => `'${s}', ${alias}.${s}`).join(', ')}) END`);

/**
 * Figures over a gathering's answers, never who gave them: each a fixed number of statements
 * whatever the number of questions and answers.
 */
@Injectable()
export class FeedbackResultsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async summary(gatheringId: string, stage: FeedbackStage): Promise<ResponseSummary> {
    const row = await this.db
      .selectFrom('feedbackResponses as r')
      .select((eb) => [
        eb.fn.countAll<number>().as('answered'),
        eb.fn.count<number>('r.newPeopleMet').as('newPeopleAnswered'),
        eb.fn.coalesce(eb.fn.sum<number>('r.newPeopleMet'), sql<number>`0`).as('newPeopleTotal'),
        eb.selectFrom(peopleWithAPlace(gatheringId).as('p')).select(eb.fn.countAll<number>().as('n')).as('participants'),
      ])
      .where('r.gatheringId', '=', gatheringId)
      .where('r.stage', '=', stage)
      .executeTakeFirstOrThrow();
    return {
      answered: Number(row.answered),
      participants: Number(row.participants ?? 0),
      newPeopleAnswered: Number(row.newPeopleAnswered),
      newPeopleTotal: Number(row.newPeopleTotal),
    };
  }

  /** Counts per value of every scale: the five, and the conveners' scale questions. */
  async scaleCounts(gatheringId: string, stage: FeedbackStage): Promise<ScaleCount[]> {
    const { rows } = await sql<ScaleCount>`
      WITH r AS (SELECT * FROM feedback_responses WHERE gathering_id = ${gatheringId} AND stage = ${stage}),
      answered AS (
        SELECT s.key, s.value FROM r
          CROSS JOIN LATERAL (VALUES ${sql.raw(SCALES.map((s) => `('${s}', r.${s}::int)`).join(', '))}) AS s(key, value)
          WHERE s.value IS NOT NULL
        UNION ALL
        SELECT q.id::text, (r.answers ->> q.id::text)::int FROM r
          JOIN feedback_questions q ON q.gathering_id = ${gatheringId} AND q.kind = ${FeedbackQuestionKind.SCALE}
          WHERE jsonb_typeof(r.answers -> q.id::text) = 'number'
      )
      SELECT key, value, count(*)::int AS count FROM answered GROUP BY key, value`.execute(this.db);
    return rows;
  }

  /** The written answers, in an order that says nothing of who wrote them or when (a hash of the answer's id). */
  async texts(gatheringId: string, stage: FeedbackStage): Promise<TextAnswer[]> {
    const { rows } = await sql<TextAnswer>`
      WITH r AS (SELECT * FROM feedback_responses WHERE gathering_id = ${gatheringId} AND stage = ${stage})
      SELECT question_id AS "questionId", text FROM (
        SELECT NULL::uuid AS question_id, r.comment AS text, md5(r.id::text) AS shuffle FROM r WHERE r.comment <> ''
        UNION ALL
        SELECT q.id, r.answers ->> q.id::text, md5(r.id::text || q.id::text) FROM r
          JOIN feedback_questions q ON q.gathering_id = ${gatheringId} AND q.kind = ${FeedbackQuestionKind.TEXT}
          WHERE coalesce(r.answers ->> q.id::text, '') <> ''
      ) AS texts ORDER BY shuffle`.execute(this.db);
    return rows;
  }

  /** The first gathering of this one's series, and whether it asked before. */
  async seriesStart(gatheringId: string): Promise<SeriesStart> {
    const { rows } = await sql<SeriesStart>`
      SELECT start.id, (${gatheringTitleOf(sql.ref('start.id'))}) AS title, (${gatheringSlugOf(sql.ref('start.id'))}) AS slug,
             coalesce((SELECT f.asks_before FROM feedback_forms f WHERE f.gathering_id = start.id), false) AS "asksBefore"
        FROM (SELECT ${seriesStartOf(gatheringId)} AS id) AS start`.execute(this.db);
    return rows[0];
  }

  /** Each person's before (at `startId`) and after (at `gatheringId`) scales, matched by person and then forgotten. */
  async paired(startId: string, gatheringId: string): Promise<PairedRow[]> {
    const { rows } = await sql<PairedRow>`
      SELECT ${scalesJson('b')} AS before, ${scalesJson('a')} AS after
        FROM (SELECT * FROM feedback_responses WHERE gathering_id = ${startId} AND stage = ${FeedbackStage.BEFORE}) AS b
        FULL JOIN (SELECT * FROM feedback_responses WHERE gathering_id = ${gatheringId} AND stage = ${FeedbackStage.AFTER}) AS a
          ON a.person_id = b.person_id`.execute(this.db);
    return rows;
  }
}
