import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { ConnectionFieldsFragment } from '../../../gql/graphql';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { ConfirmConnectionMutation } from '../graphql/connection.mutations';
import { PeopleMetQuery } from '../graphql/people-met.query';

function aConnection(overrides: Partial<ConnectionFieldsFragment> = {}): ConnectionFieldsFragment {
  return {
    __typename: 'Connection',
    id: 'c-1',
    status: 'CONFIRMED',
    closeness: 'MET_ONCE',
    awaitsYou: false,
    person: { __typename: 'MetPerson', id: 'p-2', displayName: 'Bethan Price' },
    gathering: {
      __typename: 'SharedGathering',
      id: 'g-1',
      slug: 'cynon',
      title: 'Cynon Valley Open Space',
      startsAt: '2026-10-01T09:00:00Z',
    },
    theirNetworks: [{ __typename: 'NetworkSummary', id: 'n-1', slug: 'food-bank', name: 'Aberdare Food Bank' }],
    theirMembersOnlyNetworkCount: 1,
    sharedGatherings: [
      { __typename: 'SharedGathering', id: 'g-1', slug: 'cynon', title: 'Cynon Valley Open Space', startsAt: '2026-10-01T09:00:00Z' },
    ],
    sharedConversations: [{ __typename: 'SharedConversation', id: 'conv-1', title: 'Minibus on Tuesdays' }],
    confirmedAt: '2026-10-02T09:00:00Z',
    ...overrides,
  } as ConnectionFieldsFragment;
}

const peopleMetMock = (proposals: ConnectionFieldsFragment[], met: ConnectionFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: PeopleMetQuery, variables: { first: 20 } },
  result: {
    data: {
      connectionProposals: proposals,
      peopleMet: {
        __typename: 'PeopleMetConnection',
        totalCount: met.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: met.map((node) => ({ __typename: 'PeopleMetEdge', node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('PeopleMetPage', () => {
  it('puts the proposals waiting for you first, then the people you met with what you share, in British dates', async () => {
    const waiting = aConnection({
      id: 'c-2',
      status: 'PROPOSED',
      awaitsYou: true,
      person: { __typename: 'MetPerson', id: 'p-3', displayName: 'Dewi Morgan' } as ConnectionFieldsFragment['person'],
      sharedGatherings: [],
      sharedConversations: [],
      confirmedAt: null,
    });
    renderApp('/people/met', [meMock(aPerson()), peopleMetMock([waiting], [aConnection()])]);
    const awaiting = await screen.findByRole('region', { name: 'Waiting for you to confirm' });
    expect(within(awaiting).getByText('Dewi Morgan')).toBeInTheDocument();
    expect(within(awaiting).getByRole('button', { name: 'Yes, we met' })).toBeInTheDocument();
    const met = screen.getByRole('region', { name: 'People you met (1)' });
    expect(within(met).getByText('Came for Aberdare Food Bank, a members-only network')).toBeInTheDocument();
    expect(within(met).getByRole('link', { name: 'Minibus on Tuesdays' })).toHaveAttribute('href', '/conversations/conv-1');
    expect(within(met).getAllByText(/1 Oct 2026/).length).toBeGreaterThan(0);
    expect(within(met).getByLabelText('How close')).toHaveValue('MET_ONCE');
    // Headings in order: waiting for you comes before the people you met.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Waiting for you to confirm')).toBeLessThan(headings.indexOf('People you met (1)'));
  });

  it('confirms a proposal and says so', async () => {
    const waiting = aConnection({ id: 'c-2', status: 'PROPOSED', awaitsYou: true, confirmedAt: null });
    renderApp('/people/met', [
      meMock(aPerson()),
      peopleMetMock([waiting], []),
      {
        request: { query: ConfirmConnectionMutation, variables: { input: { connectionId: 'c-2' } } },
        result: { data: { confirmConnection: { ...waiting, status: 'CONFIRMED', awaitsYou: false } } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, we met' }));
    expect(await screen.findByText('Confirmed: you met Bethan Price.')).toBeInTheDocument();
  });

  it('says what to do when there is nobody yet', async () => {
    renderApp('/people/met', [meMock(aPerson()), peopleMetMock([], [])]);
    expect(await screen.findByTestId('no-connections')).toHaveTextContent('say “we met”');
  });
});
