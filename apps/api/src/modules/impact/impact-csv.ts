import { FeedbackScale } from '../feedback/feedback.enums.js';
import { ImpactFigureName, ImpactMeasure } from './impact.enums.js';
import type { Locale } from '../../common/locales.js';
import type { ImpactModel } from './models/impact.model.js';

// The impact answer as a funder's spreadsheet: one row per figure per period, in words (labels, not
// codes) in English or Welsh, a suppressed figure written as "fewer than 5", never 0.

interface CsvLabels {
  columns: { period: string; starts: string; measure: string; figure: string; scale: string; value: string };
  total: string;
  suppressed: string;
  measures: Record<ImpactMeasure, string>;
  figures: Record<ImpactFigureName, string>;
  scales: Record<FeedbackScale, string>;
}

// The web app has the same words in its locales (apps/web/src/i18n/locales, `impact` and `feedback`).
const LABELS: Record<Locale, CsvLabels> = {
  en: {
    columns: { period: 'Period', starts: 'Starts', measure: 'Measure', figure: 'Figure', scale: 'Scale', value: 'Value' },
    total: 'Total',
    suppressed: 'fewer than 5',
    measures: {
      [ImpactMeasure.NEW_TIES]: 'New ties between people',
      [ImpactMeasure.NETWORK_TIES]: 'New ties between networks',
      [ImpactMeasure.BRIDGING]: 'Bridging in the map',
      [ImpactMeasure.INVITATION_REACH]: 'Reach of invitations',
      [ImpactMeasure.ASKS_MET]: 'Asks met across networks',
      [ImpactMeasure.FEEDBACK]: 'Feedback',
    },
    figures: {
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
    },
    scales: {
      [FeedbackScale.NETWORKING]: 'Networking',
      [FeedbackScale.KNOWLEDGE]: 'Knowledge of the area',
      [FeedbackScale.CONFIDENCE]: 'Confidence to take part',
      [FeedbackScale.TRUST]: 'Trust to discuss hard issues',
      [FeedbackScale.SUPPORT]: 'Support for local projects',
    },
  },
  cy: {
    columns: { period: 'Cyfnod', starts: 'Yn dechrau', measure: 'Mesur', figure: 'Ffigur', scale: 'Graddfa', value: 'Gwerth' },
    total: 'Cyfanswm',
    suppressed: 'llai na 5',
    measures: {
      [ImpactMeasure.NEW_TIES]: 'Cysylltiadau newydd rhwng pobl',
      [ImpactMeasure.NETWORK_TIES]: 'Cysylltiadau newydd rhwng rhwydweithiau',
      [ImpactMeasure.BRIDGING]: 'Pontio yn y map',
      [ImpactMeasure.INVITATION_REACH]: 'Cyrhaeddiad y gwahoddiadau',
      [ImpactMeasure.ASKS_MET]: 'Ceisiadau a gyflawnwyd ar draws rhwydweithiau',
      [ImpactMeasure.FEEDBACK]: 'Adborth',
    },
    figures: {
      [ImpactFigureName.NEW_TIES]: 'Cysylltiadau newydd',
      [ImpactFigureName.NEW_TIES_ACROSS_NETWORKS]: 'Cysylltiadau newydd ar draws rhwydweithiau',
      [ImpactFigureName.NEW_TIES_ACROSS_SECTORS]: 'Cysylltiadau newydd ar draws sectorau',
      [ImpactFigureName.NETWORK_TIES_AFTER_MEETING]: 'Cysylltiadau rhwydwaith ar ôl cwrdd',
      [ImpactFigureName.BETWEENNESS_BEFORE]: 'Rhyngoldeb cyn (0 i 1)',
      [ImpactFigureName.BETWEENNESS_AFTER]: 'Rhyngoldeb ar ôl (0 i 1)',
      [ImpactFigureName.MAP_TIES_ADDED]: 'Cysylltiadau’r rhwydweithiau hyn a ychwanegwyd at y map',
      [ImpactFigureName.NETWORKS_REACHED]: 'Rhwydweithiau a gyrhaeddwyd',
      [ImpactFigureName.INVITATION_DEPTH]: 'Y gadwyn hiraf o wahoddiadau',
      [ImpactFigureName.PLACES_THROUGH_INVITATIONS]: 'Lleoedd a gymerwyd drwy wahoddiadau',
      [ImpactFigureName.ASKS_MET_ACROSS_NETWORKS]: 'Ceisiadau a gyflawnwyd gan rwydwaith arall',
      [ImpactFigureName.FEEDBACK_RESPONSES]: 'Atebion',
      [ImpactFigureName.FEEDBACK_RESPONSE_RATE]: 'Cyfradd ymateb',
      [ImpactFigureName.SCALE_BEFORE]: 'Cyn (1 i 5)',
      [ImpactFigureName.SCALE_AFTER]: 'Ar ôl (1 i 5)',
      [ImpactFigureName.SCALE_CHANGE]: 'Newid',
    },
    scales: {
      [FeedbackScale.NETWORKING]: 'Rhwydweithio',
      [FeedbackScale.KNOWLEDGE]: 'Adnabod yr ardal',
      [FeedbackScale.CONFIDENCE]: 'Hyder',
      [FeedbackScale.TRUST]: 'Ymddiriedaeth',
      [FeedbackScale.SUPPORT]: 'Cefnogaeth i brosiectau lleol',
    },
  },
};

/** The columns of the CSV, headed in `language`. */
export const impactCsvColumns = (language: Locale) => Object.values(LABELS[language].columns).map((key) => ({ key, header: key }));

/** The rows of the CSV, in `language`: the total first, then each period oldest first (a period is a gathering's title or a quarter). */
export function impactCsvRows(impact: ImpactModel, language: Locale): Record<string, string>[] {
  const labels = LABELS[language];
  const { columns } = labels;
  return [impact.total, ...impact.periods].flatMap((period) =>
    period.figures.map((f) => ({
      [columns.period]: period === impact.total ? labels.total : period.label,
      [columns.starts]: period.startsAt ? period.startsAt.toISOString().slice(0, 10) : '',
      [columns.measure]: labels.measures[f.measure],
      [columns.figure]: labels.figures[f.name],
      [columns.scale]: f.scale ? labels.scales[f.scale] : '',
      [columns.value]: f.suppressed || f.value === null ? labels.suppressed : String(f.value),
    })),
  );
}
