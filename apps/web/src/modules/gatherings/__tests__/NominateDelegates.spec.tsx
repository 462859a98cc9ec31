import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { NominateDelegates } from '../components/NominateDelegates';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { NetworkMembersQuery } from '../graphql/network-members.query';
import { NominateDelegateMutation } from '../graphql/nominate-delegate.mutation';
import { aDelegatePlaces, anError, aRegistration, delegatePlacesMock, myNetworksMock } from './gathering-fixtures';

const facilitator = myNetworksMock([{ id: 'network-1', name: 'Cardiff Food Coalition', viewerRoles: ['FACILITATOR'] }]);

const holder = (id: string, displayName: string, role: string) => ({
  __typename: 'NetworkRoleHolder',
  role,
  person: { __typename: 'Person', id, displayName },
});

const membersMock = {
  request: { query: NetworkMembersQuery, variables: { slug: 'cardiff-food-coalition' } },
  result: {
    data: {
      network: {
        __typename: 'Network',
        id: 'network-1',
        // Grace holds two roles: she is listed once.
        people: [
          holder('person-2', 'Grace Hopper', 'FACILITATOR'),
          holder('person-2', 'Grace Hopper', 'MEMBER'),
          holder('person-3', 'Nia', 'MEMBER'),
        ],
      },
    },
  },
};

const nominateMock = (result: object) => ({
  request: {
    query: NominateDelegateMutation,
    variables: { input: { gatheringId: 'gathering-1', networkId: 'network-1', personId: 'person-3' } },
  },
  result,
});

async function nominateNia() {
  const user = userEvent.setup();
  const section = within(await screen.findByRole('region', { name: 'Your network’s delegate places' }));
  const select = await section.findByRole('combobox', { name: 'Person to nominate for Cardiff Food Coalition' });
  await section.findByRole('option', { name: 'Nia' });
  expect(section.getAllByRole('option', { name: 'Grace Hopper' })).toHaveLength(1);
  await user.selectOptions(select, 'person-3');
  await user.click(section.getByRole('button', { name: 'Nominate' }));
  return section;
}

describe('NominateDelegates', () => {
  it('shows that it is loading for a facilitator', async () => {
    renderUi(<NominateDelegates gatheringId="gathering-1" />, [facilitator, delegatePlacesMock([], 60_000)]);
    expect(await screen.findByText('Loading')).toBeInTheDocument();
  });

  it('shows nothing when none of your networks has places', async () => {
    const places = jest.fn(() => ({ data: { delegatePlaces: [] } }));
    renderUi(<NominateDelegates gatheringId="gathering-1" />, [
      facilitator,
      { request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } }, result: places },
    ]);
    await waitFor(() => expect(places).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByText('Loading')).not.toBeInTheDocument());
    expect(screen.queryByTestId('nominate-delegates')).not.toBeInTheDocument();
  });

  it('nominates someone from the network to an empty place', async () => {
    renderUi(<NominateDelegates gatheringId="gathering-1" />, [
      facilitator,
      delegatePlacesMock([aDelegatePlaces(1, [])]),
      membersMock,
      nominateMock({ data: { nominateDelegate: aRegistration({ personId: 'person-3', personName: 'Nia' }) } }),
      delegatePlacesMock([aDelegatePlaces(1, ['Nia'])]),
    ]);

    expect(await screen.findByText('0 of 1 filled')).toBeInTheDocument();
    const section = await nominateNia();
    expect(await section.findByText('Nia is a delegate for Cardiff Food Coalition.')).toBeInTheDocument();
    expect(await section.findByText('1 of 1 filled')).toBeInTheDocument();
    expect(section.getByText('Nominated: Nia')).toBeInTheDocument();
    expect(section.getByText('All the places are filled.')).toBeInTheDocument();
  });

  it('shows the server’s message when the nomination is refused', async () => {
    renderUi(<NominateDelegates gatheringId="gathering-1" />, [
      facilitator,
      delegatePlacesMock([aDelegatePlaces(1, [])]),
      membersMock,
      nominateMock(anError('CONFLICT', 'You are already registered for this gathering (or on its waiting list).')),
    ]);
    await nominateNia();
    expect(await screen.findByRole('alert')).toHaveTextContent('You are already registered for this gathering (or on its waiting list).');
  });

  it('shows the server’s message when the places cannot be read', async () => {
    renderUi(<NominateDelegates gatheringId="gathering-1" />, [
      facilitator,
      {
        request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } },
        result: anError('NOT_FOUND', 'We could not find that gathering.'),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that gathering.');
  });
});
