import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { gatheringSlugOf, gatheringTitleOf, hasAPlace, peopleWithAPlace } from '../gatherings/gatherings.fragments.js';
import { holdsRole } from '../roles/roles.fragments.js';
import { AFTER_FORM_DAYS, FeedbackQuestionKind, FeedbackStage } from './feedback.enums.js';

export interface FeedbackFormRow {
  gatheringId: string;
  asksBefore: boolean;
  afterOpenedAt: Date | null;
  afterClosesAt: Date | null;
}

export interface FeedbackQuestionRow {
  id: string;
  kind: FeedbackQuestionKind;
  prompt: string;
}

export interface FeedbackResponseRow {
  networking: number | null;
  knowledge: number | null;
  confidence: number | null;
  trust: number | null;
  support: number | null;
  newPeopleMet: number | null;
  comment: string;
  answers: Record<string, number | string>;
  updatedAt: Date;
}

export type FeedbackResponseValues = Omit<FeedbackResponseRow, 'updatedAt'>;

/** What the viewer is to a gathering's feedback, with its settings: one statement. */
export interface FeedbackAccess {
  convener: boolean;
  participant: boolean;
  form: FeedbackFormRow | null;
  /** Someone has answered one of its forms: its questions can no longer change. */
  answered: boolean;
}

const FORM_COLUMNS = ['gatheringId', 'asksBefore', 'afterOpenedAt', 'afterClosesAt'] as const;

/** The feedback module's tables: forms, the conveners' own questions, and answers. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async access(gatheringId: string, personId: string, db: Executor = this.db): Promise<FeedbackAccess> {
    const row = await db
      .selectNoFrom((eb) => [
        holdsRole('gathering', gatheringId, personId, [GatheringRole.CONVENER]).as('convener'),
        hasAPlace(gatheringId, personId).as('participant'),
        eb.exists(eb.selectFrom('feedbackResponses').select('id').where('gatheringId', '=', gatheringId)).as('answered'),
      ])
      .executeTakeFirstOrThrow();
    const form =
      (await db.selectFrom('feedbackForms').select(FORM_COLUMNS).where('gatheringId', '=', gatheringId).executeTakeFirst()) ?? null;
    return { convener: Boolean(row.convener), participant: Boolean(row.participant), answered: Boolean(row.answered), form };
  }

  /**
   * The gathering's form, made if missing and locked until the transaction ends: answers and question
   * changes of one gathering take turns. `closedAt` (the gathering has closed) opens the after form
   * from then for AFTER_FORM_DAYS, unless it was opened already.
   */
  lockForm(trx: Executor, gatheringId: string, closedAt: Date | null = null): Promise<FeedbackFormRow> {
    const window = closedAt
      ? { afterOpenedAt: closedAt, afterClosesAt: new Date(closedAt.getTime() + AFTER_FORM_DAYS * 86_400_000) }
      : { afterOpenedAt: null, afterClosesAt: null };
    return trx
      .insertInto('feedbackForms')
      .values({ gatheringId, ...window })
      .onConflict((oc) =>
        oc.column('gatheringId').doUpdateSet((eb) => ({
          afterOpenedAt: eb.fn.coalesce('feedbackForms.afterOpenedAt', 'excluded.afterOpenedAt'),
          afterClosesAt: eb.fn.coalesce('feedbackForms.afterClosesAt', 'excluded.afterClosesAt'),
        })),
      )
      .returning(FORM_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  setAsksBefore(trx: Executor, gatheringId: string, asksBefore: boolean): Promise<unknown> {
    return trx
      .updateTable('feedbackForms')
      .set({ asksBefore, updatedAt: sql<Date>`now()` })
      .where('gatheringId', '=', gatheringId)
      .execute();
  }

  questions(gatheringId: string, db: Executor = this.db): Promise<FeedbackQuestionRow[]> {
    return db
      .selectFrom('feedbackQuestions')
      .select(['id', 'kind', 'prompt'])
      .$narrowType<{ kind: FeedbackQuestionKind }>()
      .where('gatheringId', '=', gatheringId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  question(id: string, db: Executor = this.db): Promise<{ id: string; gatheringId: string } | undefined> {
    return db.selectFrom('feedbackQuestions').select(['id', 'gatheringId']).where('id', '=', id).executeTakeFirst();
  }

  async addQuestion(trx: Executor, gatheringId: string, kind: FeedbackQuestionKind, prompt: string): Promise<void> {
    await trx
      .insertInto('feedbackQuestions')
      .values((eb) => ({
        gatheringId,
        kind,
        prompt,
        position: eb
          .selectFrom('feedbackQuestions')
          .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
          .where('gatheringId', '=', gatheringId),
      }))
      .execute();
  }

  async changeQuestion(trx: Executor, id: string, kind: FeedbackQuestionKind, prompt: string): Promise<void> {
    await trx.updateTable('feedbackQuestions').set({ kind, prompt }).where('id', '=', id).execute();
  }

  async removeQuestion(trx: Executor, id: string): Promise<void> {
    await trx.deleteFrom('feedbackQuestions').where('id', '=', id).execute();
  }

  async countQuestions(trx: Executor, gatheringId: string): Promise<number> {
    const { count } = await trx
      .selectFrom('feedbackQuestions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('gatheringId', '=', gatheringId)
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  mine(gatheringId: string, stage: FeedbackStage, personId: string, db: Executor = this.db): Promise<FeedbackResponseRow | undefined> {
    return db
      .selectFrom('feedbackResponses')
      .select(['networking', 'knowledge', 'confidence', 'trust', 'support', 'newPeopleMet', 'comment', 'answers', 'updatedAt'])
      .$narrowType<{ answers: Record<string, number | string> }>()
      .where('gatheringId', '=', gatheringId)
      .where('stage', '=', stage)
      .where('personId', '=', personId)
      .executeTakeFirst();
  }

  /** Writes the person's answer, or changes the one they gave: never two (the unique key decides between two at once). */
  async saveAnswer(
    trx: Executor,
    gatheringId: string,
    stage: FeedbackStage,
    personId: string,
    values: FeedbackResponseValues,
  ): Promise<void> {
    const row = { ...values, answers: JSON.stringify(values.answers) };
    await trx
      .insertInto('feedbackResponses')
      .values({ gatheringId, stage, personId, ...row })
      .onConflict((oc) => oc.columns(['gatheringId', 'stage', 'personId']).doUpdateSet({ ...row, updatedAt: sql<Date>`now()` }))
      .execute();
  }

  /** The gathering's title and slug, and who had a place (to ask for feedback): one statement. */
  async askees(gatheringId: string, db: Executor = this.db): Promise<{ title: string; slug: string; personIds: string[] }> {
    const row = await db
      .selectNoFrom((eb) => [
        gatheringTitleOf(gatheringId).as('title'),
        gatheringSlugOf(gatheringId).as('slug'),
        eb.fn
          .coalesce(
            sql<string[]>`(SELECT array_agg(p.person_id) FROM (${peopleWithAPlace(gatheringId)}) AS p)`,
            sql<string[]>`'{}'::uuid[]`,
          )
          .as('personIds'),
      ])
      .executeTakeFirstOrThrow();
    return { title: row.title ?? '', slug: row.slug ?? '', personIds: row.personIds };
  }
}
