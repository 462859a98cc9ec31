import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { FeedbackQuestionKind, FeedbackStage, FEWEST_SHOWN, SCALES } from './feedback.enums.js';
import { FeedbackRepository, type FeedbackQuestionRow } from './feedback.repository.js';
import { FeedbackResultsRepository, type PairedRow, type ScaleCount, type ScaleValues } from './feedback-results.repository.js';
import { FeedbackService } from './feedback.service.js';
import type { FeedbackResultsModel } from './models/feedback-results.model.js';
import type { FeedbackScaleResultModel } from './models/feedback-scale-result.model.js';
import type { FeedbackSeriesChangeModel } from './models/feedback-series-change.model.js';
import type { FeedbackTextAnswersModel } from './models/feedback-text-answers.model.js';

const round = (n: number) => Math.round(n * 100) / 100;
/** A figure about `people` people, or null when they are too few to show. */
const ifEnough = <T>(people: number, value: () => T): T | null => (people >= FEWEST_SHOWN ? value() : null);
const mean = (values: number[]) => ifEnough(values.length, () => round(values.reduce((a, b) => a + b, 0) / values.length));

/**
 * What a form's answers say, for the gathering's conveners only: distributions, means, new people met,
 * written answers and the response rate, never who gave them; nothing at all about fewer than five people.
 */
@Injectable()
export class FeedbackResultsService {
  constructor(
    private readonly forms: FeedbackService,
    private readonly questions: FeedbackRepository,
    private readonly figures: FeedbackResultsRepository,
  ) {}

  async results(gatheringId: string, stage: FeedbackStage, viewer: Viewer): Promise<FeedbackResultsModel> {
    const gathering = await this.forms.convenerGathering(gatheringId, viewer);
    const after = stage === FeedbackStage.AFTER;
    const [summary, counts, texts, questions, series] = await Promise.all([
      this.figures.summary(gathering.id, stage),
      this.figures.scaleCounts(gathering.id, stage),
      this.figures.texts(gathering.id, stage),
      after ? this.questions.questions(gathering.id) : Promise.resolve([]),
      after ? this.series(gathering.id) : Promise.resolve(null),
    ]);
    const enough = summary.answered >= FEWEST_SHOWN;
    const shownIfEnough = <T>(value: T): T | null => (enough ? value : null);
    return {
      gatheringId: gathering.id,
      gatheringTitle: gathering.title,
      gatheringSlug: gathering.slug,
      stage,
      fewestShown: FEWEST_SHOWN,
      enoughAnswers: enough,
      participants: summary.participants,
      answered: shownIfEnough(summary.answered),
      responseRate: enough && summary.participants > 0 ? round(summary.answered / summary.participants) : null,
      scales: enough ? scaleResults(counts, questions) : [],
      newPeopleAnswered: enough ? ifEnough(summary.newPeopleAnswered, () => summary.newPeopleAnswered) : null,
      newPeopleTotal: enough ? ifEnough(summary.newPeopleAnswered, () => summary.newPeopleTotal) : null,
      newPeopleMean: enough ? ifEnough(summary.newPeopleAnswered, () => round(summary.newPeopleTotal / summary.newPeopleAnswered)) : null,
      texts: enough ? textAnswers(texts, questions) : [],
      series,
    };
  }

  /** Change since the before form at the start of this gathering's series, paired per person (null when no before form was asked). */
  private async series(gatheringId: string): Promise<FeedbackSeriesChangeModel | null> {
    const start = await this.figures.seriesStart(gatheringId);
    if (!start?.asksBefore) return null;
    const rows = await this.figures.paired(start.id, gatheringId);
    const befores = rows.filter((r) => r.before);
    const pairs = rows.filter((r): r is { before: ScaleValues; after: ScaleValues } => Boolean(r.before && r.after));
    const column = (list: PairedRow[], side: 'before' | 'after', scale: (typeof SCALES)[number]) =>
      list.map((r) => r[side]?.[scale]).filter((v): v is number => v != null);
    return {
      startGatheringId: start.id,
      startGatheringTitle: start.title,
      startGatheringSlug: start.slug,
      beforeAnswered: ifEnough(befores.length, () => befores.length),
      paired: ifEnough(pairs.length, () => pairs.length),
      scales: SCALES.map((scale) => ({
        scale,
        before: mean(column(rows, 'before', scale)),
        after: mean(column(rows, 'after', scale)),
        change: mean(pairs.filter((p) => p.before[scale] != null && p.after[scale] != null).map((p) => p.after[scale]! - p.before[scale]!)),
      })),
    };
  }
}

function scaleResults(counts: ScaleCount[], questions: FeedbackQuestionRow[]): FeedbackScaleResultModel[] {
  const result = (key: string, fields: Pick<FeedbackScaleResultModel, 'scale' | 'questionId' | 'prompt'>): FeedbackScaleResultModel => {
    const byValue = [1, 2, 3, 4, 5].map((value) => counts.find((c) => c.key === key && c.value === value)?.count ?? 0);
    const answered = byValue.reduce((a, b) => a + b, 0);
    const shown = answered >= FEWEST_SHOWN;
    return {
      ...fields,
      shown,
      answered: shown ? answered : null,
      mean: shown ? round(byValue.reduce((sum, n, i) => sum + n * (i + 1), 0) / answered) : null,
      counts: shown ? byValue : null,
    };
  };
  return [
    ...SCALES.map((scale) => result(scale, { scale, questionId: null, prompt: null })),
    ...questions
      .filter((q) => q.kind === FeedbackQuestionKind.SCALE)
      .map((q) => result(q.id, { scale: null, questionId: q.id, prompt: q.prompt })),
  ];
}

function textAnswers(texts: { questionId: string | null; text: string }[], questions: FeedbackQuestionRow[]): FeedbackTextAnswersModel[] {
  return [
    { questionId: null, prompt: null, texts: texts.filter((t) => t.questionId === null).map((t) => t.text) },
    ...questions
      .filter((q) => q.kind === FeedbackQuestionKind.TEXT)
      .map((q) => ({ questionId: q.id, prompt: q.prompt, texts: texts.filter((t) => t.questionId === q.id).map((t) => t.text) })),
  ];
}
