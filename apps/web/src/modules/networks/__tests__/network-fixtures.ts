import type { MockLink } from '@apollo/client/testing';
import type { NetworkCardFieldsFragment, NetworkManageQuery, NetworksDirectoryQueryVariables } from '../../../gql/graphql';
import { NetworksDirectoryQuery } from '../graphql/networks-directory.query';

type Typed<T> = T & { __typename: string };

export function aNetworkCard(overrides: Partial<NetworkCardFieldsFragment> = {}): Typed<NetworkCardFieldsFragment> {
  return {
    __typename: 'Network',
    id: 'network-1',
    slug: 'cardiff-food-coalition',
    name: 'Cardiff Food Coalition',
    kind: 'COALITION',
    purpose: 'Making sure everyone in Cardiff can eat well.',
    themes: ['food'],
    area: { __typename: 'AreaModel', placeName: 'Cardiff', region: 'WALES' } as NetworkCardFieldsFragment['area'],
    isClosed: false,
    memberCount: 3,
    createdAt: '2026-12-06T10:00:00.000Z',
    publishedImpact: [],
    ...overrides,
  };
}

type FullNetwork = NetworkManageQuery['network'];

/** A network with everything the profile and manage pages read. */
export function aNetwork(overrides: Partial<FullNetwork> = {}): Typed<FullNetwork> {
  return {
    __typename: 'Network',
    id: 'network-1',
    slug: 'cardiff-food-coalition',
    name: 'Cardiff Food Coalition',
    kind: 'COALITION',
    purpose: 'Making sure everyone in Cardiff can eat well.',
    values: 'Dignity and shared power.',
    description: '',
    themes: ['food'],
    sectors: ['VOLUNTARY_SECTOR'],
    area: {
      __typename: 'AreaModel',
      placeName: 'Cardiff',
      region: 'WALES',
      latitude: null,
      longitude: null,
    } as FullNetwork['area'],
    scope: 'LOCAL',
    lifecycleStage: 'ACTIVE',
    isClosed: false,
    closingNote: null,
    visibility: 'PUBLIC',
    website: null,
    contact: null,
    memberCount: 3,
    viewerRoles: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    isClaimed: true,
    memberNetworks: [],
    coalitions: [],
    people: [],
    lifecycleHistory: [],
    handshakes: null,
    pendingInvitations: null,
    ...overrides,
  };
}

const facet = (value: string, count: number) => ({ __typename: 'FacetCount', value, count });

export function directoryMock(
  variables: NetworksDirectoryQueryVariables,
  networks: Typed<NetworkCardFieldsFragment>[],
  facets: { kinds?: [string, number][]; regions?: [string, number][] } = {},
): MockLink.MockedResponse {
  return {
    request: { query: NetworksDirectoryQuery, variables },
    // The page may ask again (cache-and-network, remounts); the server would answer the same.
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        networks: {
          __typename: 'NetworkConnection',
          totalCount: networks.length,
          edges: networks.map((node) => ({ __typename: 'NetworkEdge', cursor: `cursor-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: networks.length ? `cursor-${networks.at(-1)!.id}` : null },
          facets: {
            __typename: 'NetworkFacets',
            kinds: (facets.kinds ?? []).map(([value, count]) => facet(value, count)),
            sectors: [],
            scopes: [],
            lifecycleStages: [],
            regions: (facets.regions ?? []).map(([value, count]) => facet(value, count)),
            themes: [],
          },
        },
      },
    },
  };
}
