import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { CoConvenersQuery } from '../graphql/co-conveners.query';
import { DecideRegistrationMutation } from '../graphql/decide-registration.mutation';
import { GatheringRegistrationsQuery } from '../graphql/gathering-registrations.query';
import { InvitationTreeQuery } from '../graphql/invitation-tree.query';
import { WhosMissingQuery } from '../graphql/whos-missing.query';
import { CheckInPersonMutation } from '../graphql/check-in-person.mutation';
import {
  aDelegatePlaces,
  aGathering,
  aNetworkSummary,
  aRegistration,
  delegatePlacesMock,
  gatheringMock,
  myNetworksMock,
} from './gathering-fixtures';

// A variable, not a literal: the __typename Apollo needs is not in the generated type.
const byConvener = { __typename: 'CheckIn', method: 'CONVENER' as const, checkedInAt: '2026-03-14T10:05:00Z' };
const pending = aRegistration({ id: 'registration-2', personName: 'Grace Hopper', status: 'PENDING_APPROVAL' });

function dashboardMocks(approve: () => void): MockLink.MockedResponse[] {
  const forever = { maxUsageCount: Number.POSITIVE_INFINITY };
  return [
    meMock(aPerson()),
    gatheringMock(aGathering({ viewerIsConvener: true, registrationMode: 'APPROVAL' })),
    myNetworksMock([]),
    {
      request: { query: GatheringRegistrationsQuery, variables: { gatheringId: 'gathering-1' } },
      result: {
        data: {
          gatheringRegistrations: [
            {
              ...aRegistration({ representingNetworkIds: ['network-9'] }),
              representingNetworks: [{ __typename: 'NetworkSummary', id: 'network-9', name: 'Splott Pantry' }],
              membersOnlyNetworkCount: 1,
            },
            { ...pending, representingNetworks: [], membersOnlyNetworkCount: 0 },
          ],
        },
      },
      ...forever,
    },
    {
      request: { query: InvitationTreeQuery, variables: { gatheringId: 'gathering-1' } },
      result: {
        data: {
          invitationTree: {
            __typename: 'InvitationTree',
            networksReached: 3,
            maxDepth: 2,
            registrationsThroughInvitations: 4,
            nodes: [
              {
                __typename: 'InvitationTreeNode',
                id: 'i1',
                parentId: null,
                depth: 1,
                issuedByName: 'Ada',
                networkName: 'Cardiff Food Coalition',
                registrations: 1,
                branchRegistrations: 4,
              },
              {
                __typename: 'InvitationTreeNode',
                id: 'i2',
                parentId: 'i1',
                depth: 2,
                issuedByName: 'Grace',
                networkName: null,
                registrations: 3,
                branchRegistrations: 3,
              },
            ],
          },
        },
      },
      ...forever,
    },
    {
      request: { query: WhosMissingQuery, variables: { gatheringId: 'gathering-1' } },
      result: {
        data: {
          whosMissing: {
            __typename: 'WhosMissing',
            networks: [],
            sectors: ['FUNDER'],
            regions: ['Gwynedd'],
            registered: 1,
            came: 0,
            notComeByNetwork: [],
            sectorsNotCome: [],
          },
        },
      },
      ...forever,
    },
    { ...delegatePlacesMock([aDelegatePlaces(2, ['Ada Lovelace'])]), ...forever },
    {
      request: { query: CoConvenersQuery, variables: { slug: 'cardiff-open-space' } },
      result: {
        data: {
          gathering: {
            __typename: 'Gathering',
            id: 'gathering-1',
            convenedBy: [aNetworkSummary()],
            pendingCoConveners: [aNetworkSummary({ id: 'network-2', slug: 'splott-pantry', name: 'Splott Pantry', kind: 'NETWORK' })],
          },
        },
      },
      ...forever,
    },
    {
      request: { query: CheckInPersonMutation, variables: { input: { gatheringId: 'gathering-1', registrationId: 'registration-1' } } },
      result: {
        data: {
          checkInPerson: aRegistration({
            representingNetworkIds: ['network-9'],
            status: 'ATTENDED',
            checkIn: byConvener,
          }),
        },
      },
    },
    {
      request: {
        query: DecideRegistrationMutation,
        variables: { input: { gatheringId: 'gathering-1', registrationId: 'registration-2', approve: true } },
      },
      result: () => {
        approve();
        return { data: { decideRegistration: { ...pending, status: 'REGISTERED' } } };
      },
    },
  ];
}

describe('GatheringDashboardPage', () => {
  it('approves someone waiting for approval', async () => {
    const approve = jest.fn();
    renderApp('/gatherings/cardiff-open-space/dashboard', dashboardMocks(approve));

    await userEvent.click(await screen.findByRole('button', { name: 'Approve Grace Hopper' }));

    expect(await screen.findByText('Grace Hopper is approved.')).toBeInTheDocument();
    expect(approve).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Approve Grace Hopper' })).not.toBeInTheDocument();
  });

  it('names the networks each person represents (and counts any no longer on Weave)', async () => {
    renderApp(
      '/gatherings/cardiff-open-space/dashboard',
      dashboardMocks(() => undefined),
    );
    const registrations = within(await screen.findByTestId('registrations'));
    const row = registrations.getByRole('rowheader', { name: 'Ada Lovelace' }).closest('tr')!;
    expect(within(row).getByText('Splott Pantry, a members-only network')).toBeInTheDocument();
  });

  it('draws the invitation tree as nested lists, with the figures', async () => {
    renderApp('/gatherings/cardiff-open-space/dashboard', dashboardMocks(jest.fn()));

    const section = within(await screen.findByRole('region', { name: 'Invitations' }));
    const tree = await section.findByTestId('invitation-tree');
    const [root, child] = within(tree).getAllByRole('listitem');
    expect(root).toHaveTextContent('Issued by Ada for Cardiff Food Coalition — 1 registered, 4 in this branch');
    expect(within(root).getByRole('list')).toContainElement(child);
    expect(child).toHaveTextContent('Issued by Grace — 3 registered, 3 in this branch');
    expect(section.getByText('Networks reached').nextSibling).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Download registrations (CSV)' })).toHaveAttribute(
      'href',
      '/api/gatherings/gathering-1/registrations.csv',
    );
  });

  it('shows the delegate places per network and the networks asked to co-convene', async () => {
    renderApp('/gatherings/cardiff-open-space/dashboard', dashboardMocks(jest.fn()));

    const delegates = within(await screen.findByRole('region', { name: 'Delegate places' }));
    expect(await delegates.findByRole('row', { name: /Cardiff Food Coalition/ })).toHaveTextContent('1 of 2 filled');
    const coConveners = within(screen.getByRole('region', { name: 'Co-conveners' }));
    expect(await coConveners.findByRole('textbox', { name: 'Link for Splott Pantry to answer' })).toBeInTheDocument();
  });

  it('ticks a person in from the list of who came, found by name, with the counts', async () => {
    renderApp('/gatherings/cardiff-open-space/dashboard', dashboardMocks(jest.fn()));

    const list = within(await screen.findByRole('region', { name: 'Who came' }));
    expect(list.getByTestId('check-in-counts')).toHaveTextContent('0 of 1 came');
    await userEvent.type(list.getByRole('searchbox', { name: 'Find a person' }), 'grace');
    expect(list.getByText('Nobody with a place matches “grace”.')).toBeInTheDocument();
    await userEvent.clear(list.getByRole('searchbox', { name: 'Find a person' }));
    await userEvent.type(list.getByRole('searchbox', { name: 'Find a person' }), 'ADA');
    await userEvent.click(list.getByRole('button', { name: 'Check in Ada Lovelace' }));

    expect(await list.findByText('Ada Lovelace is checked in.')).toBeInTheDocument();
    expect(list.getByTestId('check-in-counts')).toHaveTextContent('1 of 1 came');
    expect(list.getByRole('row', { name: /Ada Lovelace/ })).toHaveTextContent('Came by a convener, Sat 14 Mar, 10:05');
    expect(list.getByRole('button', { name: 'Undo the check-in of Ada Lovelace' })).toBeInTheDocument();
  });
});
