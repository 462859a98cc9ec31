import { SCALES, type FeedbackScale } from '../feedback/feedback.enums.js';
import type { AskCounts, FeedbackCounts, NetworkTieCounts, ReachCounts, TieCounts } from './impact-measures.repository.js';
import { FEWEST_PEOPLE_SHOWN, ImpactFigureName as F, MEASURE_OF, type ImpactFigureName } from './impact.enums.js';
import type { ImpactFigure } from './models/impact-figure.model.js';

// Counts to figures: each figure is shown only when it rests on at least five people, else
// suppressed (null, never a misleading 0). Pure, so the threshold is tested without a database.

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** `value` when it rests on `people` ≥ 5 people; suppressed otherwise (also when there is nothing: no rows means no people). */
export function figure(
  name: ImpactFigureName,
  value: number | null | undefined,
  people: number | null | undefined,
  { scale = null, places = 2 }: { scale?: FeedbackScale | null; places?: number } = {},
): ImpactFigure {
  const hidden = (people ?? 0) < FEWEST_PEOPLE_SHOWN || value === null || value === undefined || Number.isNaN(Number(value));
  return { measure: MEASURE_OF[name], name, scale, value: hidden ? null : round(Number(value), places), suppressed: hidden };
}

export const tiesFigures = (row: TieCounts | undefined): ImpactFigure[] => [
  figure(F.NEW_TIES, row?.total, row?.people),
  figure(F.NEW_TIES_ACROSS_NETWORKS, row?.acrossNetworks, row?.peopleAcrossNetworks),
  figure(F.NEW_TIES_ACROSS_SECTORS, row?.acrossSectors, row?.peopleAcrossSectors),
];

export const networkTiesFigures = (row: NetworkTieCounts | undefined): ImpactFigure[] => [
  figure(F.NETWORK_TIES_AFTER_MEETING, row?.ties, row?.people),
];

export const reachFigures = (row: ReachCounts | undefined): ImpactFigure[] => [
  figure(F.NETWORKS_REACHED, row?.networks, row?.people),
  figure(F.INVITATION_DEPTH, row?.depth ?? 0, row?.people),
  figure(F.PLACES_THROUGH_INVITATIONS, row?.registrations, row?.people),
];

export const asksFigures = (row: AskCounts | undefined): ImpactFigure[] => [figure(F.ASKS_MET_ACROSS_NETWORKS, row?.asks, row?.people)];

export function feedbackFigures(row: FeedbackCounts | undefined): ImpactFigure[] {
  const n = (key: string) => Number(row?.[key] ?? 0);
  const mean = (key: string) => (row?.[key] ?? null) as number | null;
  const respondents = n('respondents');
  const places = n('places');
  return [
    figure(F.FEEDBACK_RESPONSES, n('responses'), respondents),
    figure(F.FEEDBACK_RESPONSE_RATE, places > 0 ? Math.min(1, n('responses') / places) : null, respondents),
    ...SCALES.flatMap((scale) => [
      figure(F.SCALE_BEFORE, mean(`${scale}Before`), n(`${scale}PairedN`), { scale }),
      figure(F.SCALE_AFTER, mean(`${scale}After`), n(`${scale}AfterN`), { scale }),
      figure(F.SCALE_CHANGE, mean(`${scale}Change`), n(`${scale}PairedN`), { scale }),
    ]),
  ];
}

/** Bridging is about networks in the map, not people: shown whenever there is a network to measure. */
export function bridgingFigures(before: number | null, after: number | null, added: number): ImpactFigure[] {
  const about = before === null ? 0 : FEWEST_PEOPLE_SHOWN;
  return [
    figure(F.BETWEENNESS_BEFORE, before, about, { places: 4 }),
    figure(F.BETWEENNESS_AFTER, after, about, { places: 4 }),
    figure(F.MAP_TIES_ADDED, added, about, { places: 0 }),
  ];
}
