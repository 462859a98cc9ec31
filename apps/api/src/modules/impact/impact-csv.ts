import { FeedbackScale } from '../feedback/feedback.enums.js';
import { ImpactFigureName, ImpactMeasure } from './impact.enums.js';
import type { ImpactModel } from './models/impact.model.js';

// The impact answer as a funder's spreadsheet: one row per figure per period, in words (labels, not
// codes), a suppressed figure written as "fewer than 5", never 0.

export const SUPPRESSED_WORDS = 'fewer than 5';

const MEASURE_LABEL: Record<ImpactMeasure, string> = {
  [ImpactMeasure.NEW_TIES]: 'New ties between people',
  [ImpactMeasure.NETWORK_TIES]: 'New ties between networks',
  [ImpactMeasure.BRIDGING]: 'Bridging in the map',
  [ImpactMeasure.INVITATION_REACH]: 'Reach of invitations',
  [ImpactMeasure.ASKS_MET]: 'Asks met across networks',
  [ImpactMeasure.FEEDBACK]: 'Feedback',
};

const FIGURE_LABEL: Record<ImpactFigureName, string> = {
  [ImpactFigureName.NEW_TIES]: 'Confirmed ties',
  [ImpactFigureName.NEW_TIES_ACROSS_NETWORKS]: 'Confirmed ties across networks',
  [ImpactFigureName.NEW_TIES_ACROSS_SECTORS]: 'Confirmed ties across sectors',
  [ImpactFigureName.NETWORK_TIES_AFTER_MEETING]: 'Ties between networks made after their people met',
  [ImpactFigureName.BETWEENNESS_BEFORE]: 'Mean betweenness before (0 to 1)',
  [ImpactFigureName.BETWEENNESS_AFTER]: 'Mean betweenness after (0 to 1)',
  [ImpactFigureName.MAP_TIES_ADDED]: 'Ties of these networks added to the map since',
  [ImpactFigureName.NETWORKS_REACHED]: 'Networks reached',
  [ImpactFigureName.INVITATION_DEPTH]: 'Longest chain of invitations',
  [ImpactFigureName.PLACES_THROUGH_INVITATIONS]: 'Places taken through an invitation',
  [ImpactFigureName.ASKS_MET_ACROSS_NETWORKS]: 'Asks of one network met by another',
  [ImpactFigureName.FEEDBACK_RESPONSES]: 'Feedback forms answered',
  [ImpactFigureName.FEEDBACK_RESPONSE_RATE]: 'Response rate (share of people with a place)',
  [ImpactFigureName.SCALE_BEFORE]: 'Mean before (1 to 5)',
  [ImpactFigureName.SCALE_AFTER]: 'Mean after (1 to 5)',
  [ImpactFigureName.SCALE_CHANGE]: 'Mean change (after minus before)',
};

const SCALE_LABEL: Record<FeedbackScale, string> = {
  [FeedbackScale.NETWORKING]: 'Networking',
  [FeedbackScale.KNOWLEDGE]: 'Knowledge of the area',
  [FeedbackScale.CONFIDENCE]: 'Confidence to take part',
  [FeedbackScale.TRUST]: 'Trust to discuss hard issues',
  [FeedbackScale.SUPPORT]: 'Support for local projects',
};

export const IMPACT_CSV_COLUMNS = ['Period', 'Starts', 'Measure', 'Figure', 'Scale', 'Value'].map((key) => ({ key, header: key }));

/** The rows of the CSV: the total first, then each period oldest first. */
export function impactCsvRows(impact: ImpactModel): Record<string, string>[] {
  return [impact.total, ...impact.periods].flatMap((period) =>
    period.figures.map((f) => ({
      Period: period.label,
      Starts: period.startsAt ? period.startsAt.toISOString().slice(0, 10) : '',
      Measure: MEASURE_LABEL[f.measure],
      Figure: FIGURE_LABEL[f.name],
      Scale: f.scale ? SCALE_LABEL[f.scale] : '',
      Value: f.suppressed || f.value === null ? SUPPRESSED_WORDS : String(f.value),
    })),
  );
}
