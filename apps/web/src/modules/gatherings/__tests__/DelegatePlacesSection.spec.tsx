import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { NetworkPickerQuery } from '../../networks/graphql/network-picker.query';
import { DelegatePlacesSection } from '../components/DelegatePlacesSection';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { SetDelegatePlacesMutation } from '../graphql/set-delegate-places.mutation';

const splott = {
  __typename: 'NetworkSummary',
  id: 'network-2',
  name: 'Splott Community Network',
  slug: 'splott-community-network',
} as const;

describe('DelegatePlacesSection', () => {
  it('gives a network places and lists them with who fills them', async () => {
    const user = userEvent.setup();
    const saved = jest.fn();
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [
      {
        request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } },
        result: { data: { delegatePlaces: [] } },
      },
      {
        request: { query: NetworkPickerQuery, variables: { search: 'Splott' } },
        result: {
          data: {
            networks: {
              __typename: 'NetworkConnection',
              edges: [
                {
                  __typename: 'NetworkEdge',
                  node: { __typename: 'Network', id: 'network-2', slug: splott.slug, name: splott.name, kind: 'NETWORK', isClosed: false },
                },
              ],
            },
          },
        },
      },
      {
        request: {
          query: SetDelegatePlacesMutation,
          variables: { input: { gatheringId: 'gathering-1', networkId: 'network-2', places: 3 } },
        },
        result: () => {
          saved();
          return {
            data: { setDelegatePlaces: [{ __typename: 'DelegatePlaces', places: 3, delegates: ['Ada Lovelace'], network: splott }] },
          };
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: 'Delegate places' });
    expect(await within(section).findByTestId('no-delegate-places')).toBeInTheDocument();
    await user.type(within(section).getByRole('searchbox', { name: /Network name/ }), 'Splott');
    await user.click(within(section).getByRole('button', { name: 'Search' }));
    await user.click(await within(section).findByRole('radio', { name: /Splott Community Network/ }));
    const places = within(section).getByRole('textbox', { name: /Number of places/ });
    await user.clear(places);
    await user.type(places, '3');
    await user.click(within(section).getByRole('button', { name: 'Save places' }));

    expect(await within(section).findByText('Delegate places saved.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(within(section).getByTestId('delegate-places')).toHaveTextContent(
      'Splott Community Network 1 of 3 places filled — Ada Lovelace',
    );
  });

  it('asks for a network before saving', async () => {
    const user = userEvent.setup();
    renderUi(<DelegatePlacesSection gatheringId="gathering-1" />, [
      {
        request: { query: DelegatePlacesQuery, variables: { gatheringId: 'gathering-1' } },
        result: { data: { delegatePlaces: [] } },
      },
    ]);

    const section = await screen.findByRole('region', { name: 'Delegate places' });
    await user.click(within(section).getByRole('button', { name: 'Save places' }));

    expect(await within(section).findByText('Choose a network.')).toBeInTheDocument();
  });
});
