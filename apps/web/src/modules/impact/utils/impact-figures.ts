import type { FeedbackScale, ImpactFieldsFragment, ImpactFigureName, ImpactMeasure } from '../../../gql/graphql';
import { dateLocale } from '../../../ui/dates';

export type Impact = ImpactFieldsFragment;
export type ImpactPeriod = Impact['total'];
export type ImpactFigure = ImpactPeriod['figures'][number];

/** The measures in the order the view shows them (the API's order of figures). */
export const MEASURES: readonly ImpactMeasure[] = ['NEW_TIES', 'NETWORK_TIES', 'BRIDGING', 'INVITATION_REACH', 'ASKS_MET', 'FEEDBACK'];

/** One row of a measure's table: a figure (a name, and for feedback its scale) across the periods. */
export interface FigureRow {
  key: string;
  name: ImpactFigureName;
  scale: FeedbackScale | null;
  /** One cell per period (`null` when that period has no such figure), then the whole answer's. */
  cells: (ImpactFigure | null)[];
}

/** A figure's identity within a period: its name, and its scale for the feedback figures. */
export const figureKey = (figure: Pick<ImpactFigure, 'name' | 'scale'>): string =>
  figure.scale ? `${figure.name}:${figure.scale}` : figure.name;

/** The measures the answer holds figures for, in the view's order. */
export function measuresShown(impact: Impact): ImpactMeasure[] {
  return MEASURES.filter((measure) => impact.shown.includes(measure));
}

/**
 * A measure's figures as rows across `periods` then the total, keeping the API's order of figures. The
 * figures that exist only for the whole answer (bridging) have empty period cells.
 */
export function figureRows(impact: Impact, measure: ImpactMeasure): FigureRow[] {
  const columns = [...impact.periods, impact.total];
  const rows = new Map<string, FigureRow>();
  for (const [index, period] of columns.entries()) {
    for (const figure of period.figures) {
      if (figure.measure !== measure) continue;
      const key = figureKey(figure);
      let row = rows.get(key);
      if (!row) {
        row = { key, name: figure.name, scale: figure.scale ?? null, cells: columns.map(() => null) };
        rows.set(key, row);
      }
      row.cells[index] = figure;
    }
  }
  // The total's order first (it has every figure), then any only in periods.
  const totalOrder = impact.total.figures.filter((figure) => figure.measure === measure).map(figureKey);
  return [...rows.values()].sort((a, b) => rank(totalOrder, a.key) - rank(totalOrder, b.key));
}

const rank = (order: string[], key: string) => {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
};

/** How each figure reads: a share as a percentage, a mean or a betweenness with decimals, else a count. */
export function formatFigure(name: ImpactFigureName, value: number, language: string): string {
  const locale = dateLocale(language);
  switch (name) {
    case 'FEEDBACK_RESPONSE_RATE':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'BETWEENNESS_BEFORE':
    case 'BETWEENNESS_AFTER':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
    case 'SCALE_AFTER':
    case 'SCALE_BEFORE':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    case 'SCALE_CHANGE':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
}

/** The figures a chart draws for a measure: counts over time, or (bridging, feedback) before beside after. */
export type ChartShape =
  { kind: 'overTime'; names: ImpactFigureName[] } | { kind: 'beforeAfter'; before: ImpactFigureName; after: ImpactFigureName };

export const CHART_SHAPES: Record<ImpactMeasure, ChartShape> = {
  NEW_TIES: { kind: 'overTime', names: ['NEW_TIES', 'NEW_TIES_ACROSS_NETWORKS', 'NEW_TIES_ACROSS_SECTORS'] },
  NETWORK_TIES: { kind: 'overTime', names: ['NETWORK_TIES_AFTER_MEETING'] },
  BRIDGING: { kind: 'beforeAfter', before: 'BETWEENNESS_BEFORE', after: 'BETWEENNESS_AFTER' },
  INVITATION_REACH: { kind: 'overTime', names: ['NETWORKS_REACHED', 'PLACES_THROUGH_INVITATIONS'] },
  ASKS_MET: { kind: 'overTime', names: ['ASKS_MET_ACROSS_NETWORKS'] },
  FEEDBACK: { kind: 'beforeAfter', before: 'SCALE_BEFORE', after: 'SCALE_AFTER' },
};

/** A chart's data: one entry per category, a value per series; a suppressed figure is left out, never 0. */
export type ChartDatum = Record<string, string | number | null>;

export function chartData(impact: Impact, measure: ImpactMeasure, categoryLabel: (figure: ImpactFigure | ImpactPeriod) => string) {
  const shape = CHART_SHAPES[measure];
  if (shape.kind === 'overTime') {
    const data: ChartDatum[] = impact.periods.map((period) => {
      const datum: ChartDatum = { category: categoryLabel(period) };
      for (const name of shape.names) datum[name] = valueOf(period.figures.find((figure) => figure.name === name));
      return datum;
    });
    return { data, series: shape.names as string[] };
  }
  // Before and after, side by side: the whole answer's (bridging), or each feedback scale's.
  const befores = impact.total.figures.filter((figure) => figure.name === shape.before);
  const data: ChartDatum[] = befores.map((before) => ({
    category: categoryLabel(before),
    before: valueOf(before),
    after: valueOf(impact.total.figures.find((figure) => figure.name === shape.after && figure.scale === before.scale)),
  }));
  return { data, series: ['before', 'after'] };
}

const valueOf = (figure: ImpactFigure | undefined): number | null => (figure && !figure.suppressed ? (figure.value ?? null) : null);

/** True when a chart would have something to draw (otherwise the table says why). */
export const hasValues = (data: ChartDatum[], series: string[]): boolean =>
  data.some((datum) => series.some((name) => typeof datum[name] === 'number'));
