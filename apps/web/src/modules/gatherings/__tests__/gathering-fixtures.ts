import type { MockLink } from '@apollo/client/testing';
import type { GatheringFieldsFragment, NetworkKind, RegistrationFieldsFragment } from '../../../gql/graphql';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { GatheringQuery } from '../graphql/gathering.query';
import { MyInvitationsQuery } from '../graphql/my-invitations.query';
import { MyNetworksQuery } from '../graphql/my-networks.query';

type Typed<T> = T & { __typename: string };

export function aRegistration(overrides: Partial<RegistrationFieldsFragment> = {}): Typed<RegistrationFieldsFragment> {
  return {
    __typename: 'Registration',
    id: 'registration-1',
    gatheringId: 'gathering-1',
    personId: 'person-1',
    personName: 'Ada Lovelace',
    status: 'REGISTERED',
    waitlistPosition: null,
    accessNeeds: null,
    shareAccessNeeds: false,
    representingNetworkIds: [],
    checkIn: null,
    ...overrides,
  };
}

// A variable, not a literal: the __typename Apollo needs is not in the generated type.
const coalition = {
  __typename: 'NetworkSummary',
  id: 'network-1',
  slug: 'cardiff-food-coalition',
  name: 'Cardiff Food Coalition',
  kind: 'COALITION' as const,
  isClosed: false,
};

/** A published, in-person gathering in London with one place left. */
export function aGathering(overrides: Partial<GatheringFieldsFragment> = {}): Typed<GatheringFieldsFragment> {
  return {
    __typename: 'Gathering',
    id: 'gathering-1',
    slug: 'cardiff-open-space',
    title: 'Cardiff open space',
    purpose: 'A day for food networks to meet.',
    format: 'IN_PERSON',
    venue: 'Temple of Peace, Cardiff',
    onlineUrl: null,
    startsAt: '2026-06-13T09:00:00.000Z',
    endsAt: '2026-06-13T15:00:00.000Z',
    timeZone: 'Europe/London',
    capacity: 30,
    placesLeft: 1,
    registrationMode: 'OPEN',
    accessFeatures: ['STEP_FREE', 'HEARING_LOOP'],
    accessNotes: 'The lift is by the side door.',
    status: 'PUBLISHED',
    viewerIsConvener: false,
    convenedBy: [coalition],
    viewerRegistration: null,
    followsUp: null,
    followedUpBy: [],
    ...overrides,
  };
}

export function gatheringMock(gathering: Typed<GatheringFieldsFragment>): MockLink.MockedResponse {
  return {
    request: { query: GatheringQuery, variables: { slug: gathering.slug } },
    result: { data: { gathering } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function myNetworksMock(networks: { id: string; name: string; viewerRoles: string[] }[]): MockLink.MockedResponse {
  return {
    request: { query: MyNetworksQuery },
    result: {
      data: { myNetworks: networks.map((network) => ({ __typename: 'Network', ...network })) },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type NetworkSummary = Omit<typeof coalition, 'kind'> & { kind: NetworkKind };

export function aNetworkSummary(overrides: Partial<NetworkSummary> = {}): NetworkSummary {
  return { ...coalition, ...overrides };
}

export function aDelegatePlaces(places: number, delegates: string[], network: NetworkSummary = coalition) {
  return { __typename: 'DelegatePlaces', places, delegates, network };
}

export function delegatePlacesMock(rows: ReturnType<typeof aDelegatePlaces>[], delay?: number): MockLink.MockedResponse {
  return {
    request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } },
    result: { data: { delegatePlaces: rows } },
    delay,
  };
}

/** A GraphQL error as the API sends it: a message for people and an extensions.code. */
export function anError(code: string, message: string, fields?: Record<string, string>) {
  return { errors: [{ message, extensions: fields ? { code, fields } : { code } }] };
}

export function myInvitationsMock(invitations: object[]): MockLink.MockedResponse {
  return {
    request: { query: MyInvitationsQuery, variables: { gatheringId: 'gathering-1' } },
    result: { data: { myInvitations: invitations } },
  };
}
