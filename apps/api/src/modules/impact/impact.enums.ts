import { registerEnumType } from '@nestjs/graphql';

/** What a network may choose to publish: each a group of figures in the impact view (stored lower-case). */
export enum ImpactMeasure {
  NEW_TIES = 'new_ties',
  NETWORK_TIES = 'network_ties',
  BRIDGING = 'bridging',
  INVITATION_REACH = 'invitation_reach',
  ASKS_MET = 'asks_met',
  FEEDBACK = 'feedback',
}

/** Whose impact an answer is about. */
export enum ImpactSubjectKind {
  GATHERING = 'gathering',
  NETWORK = 'network',
  COALITION = 'coalition',
}

/** How an answer is cut over time. */
export enum ImpactPeriodKind {
  GATHERING = 'gathering',
  QUARTER = 'quarter',
}

export const MEASURES = Object.values(ImpactMeasure);

/** Figures resting on fewer people than this are not shown (issue 13: never a misleading zero). */
export const FEWEST_PEOPLE_SHOWN = 5;

registerEnumType(ImpactMeasure, {
  name: 'ImpactMeasure',
  description:
    'NEW_TIES: confirmed ties between people (in total, across networks, across sectors); NETWORK_TIES: ties between networks made after ' +
    'their people met; BRIDGING: betweenness in the map before and after; INVITATION_REACH: how far the invitation cascade went; ' +
    'ASKS_MET: asks met across networks; FEEDBACK: the five feedback scales, before/after change and response rates.',
});
registerEnumType(ImpactSubjectKind, {
  name: 'ImpactSubjectKind',
  description: 'GATHERING: a gathering and its follow-ups; NETWORK: one network; COALITION: a coalition with its member networks.',
});
registerEnumType(ImpactPeriodKind, {
  name: 'ImpactPeriodKind',
  description: 'GATHERING: one period per gathering of the series, in date order; QUARTER: one per calendar quarter.',
});

/** Each figure of the impact view, with the measure it belongs to. */
export enum ImpactFigureName {
  NEW_TIES = 'new_ties',
  NEW_TIES_ACROSS_NETWORKS = 'new_ties_across_networks',
  NEW_TIES_ACROSS_SECTORS = 'new_ties_across_sectors',
  NETWORK_TIES_AFTER_MEETING = 'network_ties_after_meeting',
  BETWEENNESS_BEFORE = 'betweenness_before',
  BETWEENNESS_AFTER = 'betweenness_after',
  MAP_TIES_ADDED = 'map_ties_added',
  NETWORKS_REACHED = 'networks_reached',
  INVITATION_DEPTH = 'invitation_depth',
  PLACES_THROUGH_INVITATIONS = 'places_through_invitations',
  ASKS_MET_ACROSS_NETWORKS = 'asks_met_across_networks',
  FEEDBACK_RESPONSES = 'feedback_responses',
  FEEDBACK_RESPONSE_RATE = 'feedback_response_rate',
  SCALE_BEFORE = 'scale_before',
  SCALE_AFTER = 'scale_after',
  SCALE_CHANGE = 'scale_change',
}

export const MEASURE_OF: Record<ImpactFigureName, ImpactMeasure> = {
  [ImpactFigureName.NEW_TIES]: ImpactMeasure.NEW_TIES,
  [ImpactFigureName.NEW_TIES_ACROSS_NETWORKS]: ImpactMeasure.NEW_TIES,
  [ImpactFigureName.NEW_TIES_ACROSS_SECTORS]: ImpactMeasure.NEW_TIES,
  [ImpactFigureName.NETWORK_TIES_AFTER_MEETING]: ImpactMeasure.NETWORK_TIES,
  [ImpactFigureName.BETWEENNESS_BEFORE]: ImpactMeasure.BRIDGING,
  [ImpactFigureName.BETWEENNESS_AFTER]: ImpactMeasure.BRIDGING,
  [ImpactFigureName.MAP_TIES_ADDED]: ImpactMeasure.BRIDGING,
  [ImpactFigureName.NETWORKS_REACHED]: ImpactMeasure.INVITATION_REACH,
  [ImpactFigureName.INVITATION_DEPTH]: ImpactMeasure.INVITATION_REACH,
  [ImpactFigureName.PLACES_THROUGH_INVITATIONS]: ImpactMeasure.INVITATION_REACH,
  [ImpactFigureName.ASKS_MET_ACROSS_NETWORKS]: ImpactMeasure.ASKS_MET,
  [ImpactFigureName.FEEDBACK_RESPONSES]: ImpactMeasure.FEEDBACK,
  [ImpactFigureName.FEEDBACK_RESPONSE_RATE]: ImpactMeasure.FEEDBACK,
  [ImpactFigureName.SCALE_BEFORE]: ImpactMeasure.FEEDBACK,
  [ImpactFigureName.SCALE_AFTER]: ImpactMeasure.FEEDBACK,
  [ImpactFigureName.SCALE_CHANGE]: ImpactMeasure.FEEDBACK,
};

registerEnumType(ImpactFigureName, {
  name: 'ImpactFigureName',
  description:
    'NEW_TIES(_ACROSS_NETWORKS, _ACROSS_SECTORS): confirmed ties between people (in total; between people who came for different ' +
    'networks; whose networks share no sector). NETWORK_TIES_AFTER_MEETING: ties between networks made after people who came for them ' +
    'met. BETWEENNESS_BEFORE/AFTER: mean betweenness (0–1) of the networks concerned in the map without / with the ties made since the ' +
    'first gathering (the whole answer only); MAP_TIES_ADDED: ties of those networks made since then. NETWORKS_REACHED, INVITATION_DEPTH ' +
    '(longest chain, 1 = invited directly), PLACES_THROUGH_INVITATIONS: the invitation cascade. ASKS_MET_ACROSS_NETWORKS: asks of one ' +
    'network met by another. FEEDBACK_RESPONSES, FEEDBACK_RESPONSE_RATE (0–1 of the people with a place): after forms. ' +
    'SCALE_AFTER: mean (1–5) of one scale after; SCALE_BEFORE: the same people’s mean before; SCALE_CHANGE: mean change (after − before).',
});
