import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock, renderApp } from '../../../test/render-app';
import { aNetworkCard, directoryMock } from './network-fixtures';

const coalition = aNetworkCard({ publishedImpact: ['NEW_TIES', 'FEEDBACK'] });
const network = aNetworkCard({
  id: 'network-2',
  slug: 'valleys-network',
  name: 'Valleys Network',
  kind: 'NETWORK',
  area: { placeName: null, region: 'WALES' },
  themes: [],
  memberCount: 1,
});
const kinds: [string, number][] = [
  ['COALITION', 1],
  ['NETWORK', 1],
];

describe('DirectoryPage', () => {
  it('lists networks with counts, and a facet checkbox updates the URL and the query', async () => {
    const user = userEvent.setup();
    renderApp('/networks', [
      meMock(null),
      directoryMock({ sort: 'NAME', first: 20 }, [coalition, network], { kinds, regions: [['WALES', 2]] }),
      directoryMock({ filter: { kinds: ['COALITION'] }, sort: 'NAME', first: 20 }, [coalition], { kinds: [['COALITION', 1]] }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Directory' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('directory-total')).toHaveTextContent('2 networks found'));
    expect(screen.getByRole('link', { name: 'Cardiff Food Coalition' })).toHaveAttribute('href', '/networks/cardiff-food-coalition');
    expect(screen.getByRole('link', { name: 'Valleys Network' })).toBeInTheDocument();

    expect(within(screen.getByRole('group', { name: 'Region' })).getByRole('checkbox', { name: 'Wales (2)' })).not.toBeChecked();
    // Cards: member networks, the region by its name, dates the British way.
    const card = screen.getByRole('article', { name: 'Cardiff Food Coalition' });
    expect(within(card).getByText('3 member networks')).toBeInTheDocument();
    expect(within(card).getByText('Cardiff, Wales')).toBeInTheDocument();
    expect(within(card).getByText('Listed 6 Dec 2026')).toBeInTheDocument();
    // A coalition that publishes its relational impact links to it (its figures include its members'); one that does not, does not.
    expect(within(card).getByRole('link', { name: 'Relational impact: published figures' })).toHaveAttribute(
      'href',
      '/coalitions/cardiff-food-coalition/impact',
    );
    expect(within(screen.getByRole('article', { name: 'Valleys Network' })).queryByText(/Relational impact/)).not.toBeInTheDocument();
    const kindGroup = screen.getByRole('group', { name: 'Kind' });
    await user.click(within(kindGroup).getByRole('checkbox', { name: 'Coalition (1)' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/networks?kind=COALITION');
    expect(await screen.findByText('1 network found')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Valleys Network' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Kind' })).getByRole('checkbox', { name: 'Coalition (1)' })).toBeChecked();
  });

  it('on a phone, folds the filters behind a button that says how many are ticked', async () => {
    const wide = window.matchMedia;
    // A 320-pixel screen: below Mantine's md breakpoint (62em).
    window.matchMedia = (query: string) => ({ ...wide(query), matches: query.includes('max-width: 61.99em') });
    try {
      const user = userEvent.setup();
      renderApp('/networks?kind=COALITION&region=WALES', [
        meMock(null),
        directoryMock({ filter: { kinds: ['COALITION'], regions: ['WALES'] }, sort: 'NAME', first: 20 }, [coalition], {
          kinds,
          regions: [['WALES', 1]],
        }),
      ]);
      const toggle = await screen.findByRole('button', { name: 'Show the filters (2 ticked)' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      // The results come first; the filters are out of the way (and out of the keyboard's path).
      expect(screen.getByRole('link', { name: 'Cardiff Food Coalition' })).toBeInTheDocument();
      expect(screen.queryByRole('group', { name: 'Region' })).not.toBeInTheDocument();

      await user.click(toggle);
      expect(screen.getByRole('button', { name: 'Hide the filters' })).toHaveAttribute('aria-expanded', 'true');
      expect(within(screen.getByRole('group', { name: 'Region' })).getByRole('checkbox', { name: 'Wales (1)' })).toBeChecked();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('reads the search from the URL and suggests clearing filters when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/networks?q=nothing&region=SCOTLAND&region=Mars', [
      meMock(null),
      directoryMock({ search: 'nothing', filter: { regions: ['SCOTLAND'] }, sort: 'RELEVANCE', first: 20 }, []),
      directoryMock({ search: 'nothing', sort: 'RELEVANCE', first: 20 }, [coalition], { kinds }),
    ]);

    expect(await screen.findByRole('searchbox', { name: 'Search the directory' })).toHaveValue('nothing');
    expect(await screen.findByText('No networks match')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('directory-total')).toHaveTextContent('0 networks found'));

    await user.click(within(screen.getByTestId('directory-empty')).getByRole('button', { name: 'Clear all filters' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=nothing');
    expect(await screen.findByRole('link', { name: 'Cardiff Food Coalition' })).toBeInTheDocument();
  });

  it('submits a search into the URL', async () => {
    const user = userEvent.setup();
    renderApp('/networks', [
      meMock(null),
      directoryMock({ sort: 'NAME', first: 20 }, [coalition, network], { kinds }),
      directoryMock({ search: 'cardif', sort: 'RELEVANCE', first: 20 }, [coalition], { kinds }),
    ]);

    await user.type(await screen.findByRole('searchbox', { name: 'Search the directory' }), 'cardif{Enter}');

    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=cardif');
    expect(await screen.findByText('1 network found')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('RELEVANCE');
  });
});
