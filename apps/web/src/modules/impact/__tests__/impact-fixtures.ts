import type { MockLink } from '@apollo/client/testing';
import type { ImpactFieldsFragment, ImpactMeasure } from '../../../gql/graphql';
import { NetworkImpactQuery } from '../graphql/impact.queries';

type Figure = ImpactFieldsFragment['total']['figures'][number];

const figure = (
  measure: ImpactMeasure,
  name: Figure['name'],
  value: number | null,
  scale: Figure['scale'] = null,
): Figure & { __typename: 'ImpactFigure' } => ({
  __typename: 'ImpactFigure',
  measure,
  name,
  scale,
  suppressed: value === null,
  value,
});

/** A network's impact over two quarters: ties in both (across sectors too few in the first), feedback too. */
export function anImpact(overrides: Partial<ImpactFieldsFragment> = {}): ImpactFieldsFragment {
  return {
    __typename: 'Impact',
    subjectKind: 'NETWORK',
    slug: 'cynon-valley',
    name: 'Cynon Valley Network',
    periodKind: 'QUARTER',
    fullView: true,
    mayPublish: true,
    published: ['NEW_TIES'],
    shown: ['NEW_TIES', 'FEEDBACK'],
    fewestPeopleShown: 5,
    gatheringCount: 4,
    networkCount: 1,
    bridgingNetworks: 0,
    bridgingEstimated: false,
    bridgingSince: null,
    periods: [
      {
        __typename: 'ImpactPeriod',
        key: '2026-Q3',
        label: '2026-Q3',
        startsAt: '2026-07-01T00:00:00.000Z',
        figures: [
          figure('NEW_TIES', 'NEW_TIES', 12),
          figure('NEW_TIES', 'NEW_TIES_ACROSS_NETWORKS', 7),
          figure('NEW_TIES', 'NEW_TIES_ACROSS_SECTORS', null),
        ],
      },
      {
        __typename: 'ImpactPeriod',
        key: '2026-Q4',
        label: '2026-Q4',
        startsAt: '2026-10-01T00:00:00.000Z',
        figures: [
          figure('NEW_TIES', 'NEW_TIES', 9),
          figure('NEW_TIES', 'NEW_TIES_ACROSS_NETWORKS', 6),
          figure('NEW_TIES', 'NEW_TIES_ACROSS_SECTORS', 5),
        ],
      },
    ],
    total: {
      __typename: 'ImpactPeriod',
      key: 'total',
      label: 'Total',
      startsAt: null,
      figures: [
        figure('NEW_TIES', 'NEW_TIES', 21),
        figure('NEW_TIES', 'NEW_TIES_ACROSS_NETWORKS', 13),
        figure('NEW_TIES', 'NEW_TIES_ACROSS_SECTORS', 8),
        figure('FEEDBACK', 'FEEDBACK_RESPONSE_RATE', 0.62),
        figure('FEEDBACK', 'SCALE_BEFORE', 2.4, 'NETWORKING'),
        figure('FEEDBACK', 'SCALE_AFTER', 3.9, 'NETWORKING'),
        figure('FEEDBACK', 'SCALE_CHANGE', 1.5, 'NETWORKING'),
        figure('FEEDBACK', 'SCALE_BEFORE', null, 'TRUST'),
        figure('FEEDBACK', 'SCALE_AFTER', null, 'TRUST'),
        figure('FEEDBACK', 'SCALE_CHANGE', null, 'TRUST'),
      ],
    },
    ...overrides,
  } as ImpactFieldsFragment;
}

export const networkImpactMock = (impact: ImpactFieldsFragment): MockLink.MockedResponse => ({
  request: { query: NetworkImpactQuery, variables: { slug: impact.slug } },
  result: { data: { networkImpact: impact, network: { __typename: 'Network', id: 'network-1' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
