import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { NetworkPickerQuery } from '../../networks/graphql/network-picker.query';
import { DelegatePlacesSection } from '../components/DelegatePlacesSection';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { SetDelegatePlacesMutation } from '../graphql/set-delegate-places.mutation';
import { aDelegatePlaces, aNetworkSummary, anError, delegatePlacesMock } from './gathering-fixtures';

const pantry = aNetworkSummary({ id: 'network-2', slug: 'splott-pantry', name: 'Splott Pantry', kind: 'NETWORK' });
const coalitionRow = aDelegatePlaces(3, ['Ada Lovelace']);

const pickerMock = {
  request: { query: NetworkPickerQuery, variables: { search: 'Splott' } },
  result: {
    data: {
      networks: { __typename: 'NetworkConnection', edges: [{ __typename: 'NetworkEdge', node: { ...pantry, __typename: 'Network' } }] },
    },
  },
};

const setMock = (result: object) => ({
  request: { query: SetDelegatePlacesMutation, variables: { input: { gatheringId: 'gathering-1', networkId: 'network-2', places: 2 } } },
  result,
});

async function givePantryTwoPlaces() {
  const user = userEvent.setup();
  const section = within(await screen.findByRole('region', { name: 'Delegate places' }));
  await user.type(section.getByRole('searchbox', { name: 'Network name' }), 'Splott');
  await user.click(section.getByRole('button', { name: 'Search' }));
  await user.click(await section.findByRole('radio', { name: 'Splott Pantry' }));
  const places = section.getByRole('textbox', { name: 'Delegate places' });
  await user.clear(places);
  await user.type(places, '2');
  await user.click(section.getByRole('button', { name: 'Save delegate places' }));
  return section;
}

describe('DelegatePlacesSection', () => {
  it('shows that it is loading', async () => {
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [delegatePlacesMock([], 60_000)]);
    expect(await screen.findByText('Loading')).toBeInTheDocument();
  });

  it('says when no network has places', async () => {
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [delegatePlacesMock([])]);
    expect(await screen.findByText('No network has delegate places yet.')).toBeInTheDocument();
  });

  it('lists the places per network with who fills them, and gives another network places', async () => {
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [
      delegatePlacesMock([coalitionRow]),
      pickerMock,
      setMock({ data: { setDelegatePlaces: [coalitionRow, aDelegatePlaces(2, [], pantry)] } }),
    ]);

    const row = await screen.findByRole('row', { name: /Cardiff Food Coalition/ });
    expect(row).toHaveTextContent('1 of 3 filled');
    expect(row).toHaveTextContent('Ada Lovelace');

    const section = await givePantryTwoPlaces();
    expect(await section.findByText('Delegate places saved.')).toBeInTheDocument();
    expect(await section.findByRole('row', { name: /Splott Pantry/ })).toHaveTextContent('0 of 2 filled');
  });

  it('asks for a network before saving', async () => {
    const user = userEvent.setup();
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [delegatePlacesMock([])]);
    await user.click(await screen.findByRole('button', { name: 'Save delegate places' }));
    expect(await screen.findByText('Find and choose a network.')).toBeInTheDocument();
  });

  it('shows the server’s message when saving fails', async () => {
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [
      delegatePlacesMock([]),
      pickerMock,
      setMock(anError('FORBIDDEN', 'Only the gathering’s conveners can do this.')),
    ]);
    await givePantryTwoPlaces();
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the gathering’s conveners can do this.');
  });

  it('shows the server’s message when the places cannot be read', async () => {
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [
      {
        request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } },
        result: anError('NOT_FOUND', 'We could not find that gathering.'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not find that gathering.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
