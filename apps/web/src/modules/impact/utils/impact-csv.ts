import { stringify } from 'csv-stringify/browser/esm/sync';
import type { TFunction } from 'i18next';
import type { FeedbackScale, ImpactFigureName } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates';
import { figureRows, formatFigure, measuresShown, type Impact } from './impact-figures';

/**
 * The impact view as CSV for a funder's spreadsheet: one row per figure per period, in the reader's
 * language. A suppressed figure says so in words; its value cell stays empty (never 0).
 */
export function impactCsv(impact: Impact, t: TFunction, language: string): string {
  const columns = [...impact.periods, impact.total];
  const records: string[][] = [
    [
      t('impact.csv.period'),
      t('impact.csv.starts'),
      t('impact.csv.measure'),
      t('impact.csv.figure'),
      t('impact.csv.value'),
      t('impact.csv.shown'),
      t('impact.csv.note'),
    ],
  ];
  for (const measure of measuresShown(impact)) {
    for (const row of figureRows(impact, measure)) {
      row.cells.forEach((figure, index) => {
        if (!figure) return;
        const period = columns[index];
        records.push([
          period === impact.total ? t('impact.total') : period.label,
          period.startsAt ? formatDate(period.startsAt, language) : '',
          t(`impact.measures.${measure}.title`),
          figureLabel(t, row.name, row.scale),
          figure.suppressed || figure.value == null ? '' : formatFigure(row.name, figure.value, language),
          figure.suppressed ? t('impact.csv.no') : t('impact.csv.yes'),
          figure.suppressed ? t('impact.suppressed', { fewest: impact.fewestPeopleShown }) : '',
        ]);
      });
    }
  }
  return stringify(records);
}

/** A figure's name for people, with its feedback scale when it has one. */
export function figureLabel(t: TFunction, name: ImpactFigureName, scale: FeedbackScale | null): string {
  const label = t(`impact.figures.${name}`);
  return scale ? `${label}: ${t(`feedback.scaleShort.${scale}`)}` : label;
}

/** A file name for the download: the subject's slug and the day. */
export const impactCsvName = (slug: string, today = new Date()): string => `impact-${slug}-${today.toISOString().slice(0, 10)}.csv`;

/** A link target holding the CSV itself (no server round trip; the figures are the ones on screen). */
export const csvHref = (csv: string): string => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
