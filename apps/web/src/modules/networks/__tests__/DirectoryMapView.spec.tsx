import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DirectoryGraphQuery } from '../graphql/directory-graph.query';
import type { NetworkMapProps } from '../components/map/NetworkMap';
import type { GraphData } from '../utils/network-map-style';

// jsdom has no WebGL, so the lazily loaded sigma map is replaced by a stand-in
// that shows what it was given. The page around it is the real one.
jest.unstable_mockModule('../components/map/NetworkMap', () => ({
  NetworkMap: ({ graph, summary }: NetworkMapProps) => (
    <div role="img" aria-label={summary} data-testid="network-map-canvas">
      {graph.nodes.length} nodes
    </div>
  ),
}));

const { meMock, renderApp } = await import('../../../test/render-app');
const { aNetworkCard, directoryMock } = await import('./network-fixtures');

type Node = GraphData['nodes'][number] & { __typename: 'GraphNode' };
type Edge = GraphData['edges'][number] & { __typename: 'GraphEdge' };

const node = (id: string, name: string, overrides: Partial<Node> = {}): Node => ({
  __typename: 'GraphNode',
  id,
  slug: id,
  name,
  kind: 'NETWORK',
  region: 'WALES',
  isClosed: false,
  degree: 1,
  betweenness: 0,
  isBridge: false,
  cluster: 0,
  ...overrides,
});

function graphMock(nodes: Node[], edges: Edge[] = [], variables: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: { query: DirectoryGraphQuery, variables },
    result: {
      data: {
        directoryGraph: {
          __typename: 'NetworkGraph',
          nodeCount: nodes.length,
          edgeCount: edges.length,
          isBetweennessEstimated: false,
          nodes,
          edges,
        },
      },
    },
  };
}

const coalition = aNetworkCard();

describe('DirectoryPage map view', () => {
  it('switches to the map with the toggle, keeping the filters, and lists the networks beside it', async () => {
    const user = userEvent.setup();
    renderApp('/networks?kind=COALITION', [
      meMock(null),
      // Asked again on the way back to the list (cache-and-network).
      {
        ...directoryMock({ filter: { kinds: ['COALITION'] }, sort: 'NAME', first: 20 }, [coalition], { kinds: [['COALITION', 1]] }),
        maxUsageCount: 2,
      },
      graphMock(
        [
          node('hub', 'Cardiff Food Coalition', { kind: 'COALITION', degree: 2, isBridge: true, betweenness: 1 }),
          node('a', 'Valleys Network'),
          node('b', 'Splott Pantry', { kind: 'ORGANISATION' }),
        ],
        [
          { __typename: 'GraphEdge', id: 'e1', source: 'a', target: 'hub', tieType: 'MEMBER' },
          { __typename: 'GraphEdge', id: 'e2', source: 'b', target: 'hub', tieType: 'PARTNER' },
        ],
        { filter: { kinds: ['COALITION'] } },
      ),
    ]);

    expect(await screen.findByRole('link', { name: 'Cardiff Food Coalition' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Map' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/networks?kind=COALITION&view=map');
    const map = await screen.findByRole('img', { name: 'A map of 3 networks joined by 2 ties, with 1 bridging network.' });
    expect(map).toHaveTextContent('3 nodes');
    expect(screen.getByText(/The map shows the networks that match your search and filters/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Key' })).toBeInTheDocument();
    expect(within(screen.getByTestId('bridging-networks')).getByRole('link', { name: 'Cardiff Food Coalition' })).toHaveAttribute(
      'href',
      '/networks/hub',
    );
    const table = screen.getByRole('table', { name: /Every network in the map/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('link', { name: 'Splott Pantry' })).toHaveAttribute('href', '/networks/b');
    expect(screen.getByTestId('directory-export')).toHaveAttribute('href', '/api/networks/export.csv?kinds=COALITION&sort=NAME&lang=en');

    await user.click(screen.getByRole('radio', { name: 'List' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?kind=COALITION');
    expect(await screen.findByRole('link', { name: 'Cardiff Food Coalition' })).toBeInTheDocument();
  });

  it('says so when there is nothing to map', async () => {
    renderApp('/networks?view=map', [meMock(null), graphMock([])]);
    expect(await screen.findByText('No networks to map yet')).toBeInTheDocument();
    expect(screen.queryByTestId('network-map-canvas')).not.toBeInTheDocument();
  });

  it('names the ten most bridging networks and leaves the rest to the table', async () => {
    const bridges = Array.from({ length: 12 }, (_, i) =>
      node(`b${i}`, `Bridge ${String(i).padStart(2, '0')}`, { isBridge: true, betweenness: 1 - i / 100, degree: 2 }),
    );
    renderApp('/networks?view=map', [meMock(null), graphMock(bridges)]);
    const list = await screen.findByTestId('bridging-networks');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(bridges.slice(0, 10).map((b) => b.name));
    expect(screen.getByTestId('bridging-more')).toHaveTextContent('And 2 more, marked in the table of networks below.');
  });

  it('maps what a search finds, and offers to clear the filters when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/networks?kind=NETWORK&view=map', [
      meMock(null),
      graphMock([node('a', 'Valleys Network')], [], { filter: { kinds: ['NETWORK'] } }),
      graphMock([], [], { search: 'pantry', filter: { kinds: ['NETWORK'] } }),
      graphMock([node('b', 'Splott Pantry', { kind: 'ORGANISATION' })], [], { search: 'pantry' }),
    ]);
    expect(await screen.findByRole('img', { name: /^A map of 1 network joined by 0 ties/ })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search the directory' }), 'pantry{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=pantry&kind=NETWORK&view=map');
    const empty = await screen.findByTestId('map-empty');
    expect(within(empty).getByText('No networks match')).toBeInTheDocument();

    await user.click(within(empty).getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=pantry&view=map');
    const table = await screen.findByRole('table', { name: /Every network in the map/ });
    expect(within(table).getByRole('link', { name: 'Splott Pantry' })).toHaveAttribute('href', '/networks/b');
  });

  it('points the CSV download at the current search and filters', async () => {
    renderApp('/networks?q=food&region=WALES&kind=NETWORK', [
      meMock(null),
      directoryMock({ search: 'food', filter: { kinds: ['NETWORK'], regions: ['WALES'] }, sort: 'RELEVANCE', first: 20 }, []),
    ]);
    const link = await screen.findByRole('link', { name: 'Download as CSV' });
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAttribute('href', '/api/networks/export.csv?search=food&regions=WALES&kinds=NETWORK&sort=RELEVANCE&lang=en');
    expect(screen.getByText('Only the networks that match your search and filters.')).toBeInTheDocument();
  });
});
