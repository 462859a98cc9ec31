import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DirectoryGraphQuery } from '../graphql/directory-graph.query';
import { NetworkGraphQuery } from '../graphql/network-graph.query';
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

const graphOf = (nodes: Node[], edges: Edge[], outsideTieCount: number) => ({
  __typename: 'NetworkGraph' as const,
  nodeCount: nodes.length,
  edgeCount: edges.length,
  outsideTieCount,
  isBetweennessEstimated: false,
  nodes,
  edges,
});

function graphMock(
  nodes: Node[],
  edges: Edge[] = [],
  variables: Record<string, unknown> = {},
  outsideTieCount = 0,
): MockLink.MockedResponse {
  return {
    request: { query: DirectoryGraphQuery, variables },
    result: { data: { directoryGraph: graphOf(nodes, edges, outsideTieCount) } },
  };
}

/** One network's neighbourhood, one tie out. */
function neighbourhoodMock(slug: string, nodes: Node[], edges: Edge[], outsideTieCount = 0): MockLink.MockedResponse {
  return {
    request: { query: NetworkGraphQuery, variables: { slug, depth: 1 } },
    result: { data: { networkGraph: graphOf(nodes, edges, outsideTieCount) } },
  };
}

const tie = (id: string, source: string, target: string, tieType: Edge['tieType'] = 'MEMBER'): Edge => ({
  __typename: 'GraphEdge',
  id,
  source,
  target,
  tieType,
});

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

  it('keeps the filters beside the map: ticking a region there maps that region', async () => {
    const user = userEvent.setup();
    renderApp('/networks?view=map', [
      meMock(null),
      directoryMock({ sort: 'NAME', first: 20 }, [coalition], {
        regions: [
          ['WALES', 9],
          ['SCOTLAND', 7],
        ],
      }),
      directoryMock({ filter: { regions: ['SCOTLAND'] }, sort: 'NAME', first: 20 }, [], {
        regions: [
          ['WALES', 9],
          ['SCOTLAND', 7],
        ],
      }),
      graphMock([node('a', 'Valleys Network'), node('b', 'Splott Pantry')]),
      graphMock([node('g', 'Glasgow Growers', { region: 'SCOTLAND' })], [], { filter: { regions: ['SCOTLAND'] } }),
    ]);
    expect(await screen.findByRole('img', { name: /^A map of 2 networks/ })).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: /Scotland/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?region=SCOTLAND&view=map');
    expect(await screen.findByRole('img', { name: /^A map of 1 network/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Scotland/ })).toBeChecked();
  });

  it('says so when there is nothing to map', async () => {
    renderApp('/networks?view=map', [meMock(null), directoryMock({ sort: 'NAME', first: 20 }, []), graphMock([])]);
    expect(await screen.findByText('No networks to map yet')).toBeInTheDocument();
    expect(screen.queryByTestId('network-map-canvas')).not.toBeInTheDocument();
  });

  it('names the ten most bridging networks and leaves the rest to the table', async () => {
    const bridges = Array.from({ length: 12 }, (_, i) =>
      node(`b${i}`, `Bridge ${String(i).padStart(2, '0')}`, { isBridge: true, betweenness: 1 - i / 100, degree: 2 }),
    );
    renderApp('/networks?view=map', [meMock(null), directoryMock({ sort: 'NAME', first: 20 }, []), graphMock(bridges)]);
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
      directoryMock({ filter: { kinds: ['NETWORK'] }, sort: 'NAME', first: 20 }, []),
      directoryMock({ search: 'pantry', filter: { kinds: ['NETWORK'] }, sort: 'RELEVANCE', first: 20 }, []),
      directoryMock({ search: 'pantry', sort: 'RELEVANCE', first: 20 }, []),
      graphMock([node('a', 'Valleys Network')], [], { filter: { kinds: ['NETWORK'] } }),
      graphMock([], [], { search: 'pantry', filter: { kinds: ['NETWORK'] } }),
      graphMock([node('b', 'Splott Pantry', { kind: 'ORGANISATION' })], [], { search: 'pantry' }),
      neighbourhoodMock(
        'b',
        [node('b', 'Splott Pantry', { kind: 'ORGANISATION' }), node('hub', 'Cardiff Food Coalition', { kind: 'COALITION' })],
        [tie('e1', 'b', 'hub')],
      ),
    ]);
    expect(await screen.findByRole('img', { name: /^A map of 1 network joined by 0 ties/ })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search the directory' }), 'pantry{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=pantry&kind=NETWORK&view=map');
    const empty = await screen.findByTestId('map-empty');
    expect(within(empty).getByText('No networks match')).toBeInTheDocument();

    await user.click(within(empty).getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/networks?q=pantry&view=map');
    // One network found: the map shows it with the networks it is tied to, not alone.
    expect(await screen.findByTestId('map-single')).toHaveTextContent('Only Splott Pantry matches your search');
    const table = await screen.findByRole('table', { name: /Every network in the map/ });
    expect(within(table).getByRole('link', { name: 'Splott Pantry' })).toHaveAttribute('href', '/networks/b');
    expect(within(table).getByRole('link', { name: 'Cardiff Food Coalition' })).toBeInTheDocument();
    expect(screen.getByTestId('map-focus-summary')).toHaveTextContent('Splott Pantry has 1 tie in this map.');
    expect(screen.getByRole('link', { name: 'GEXF (Gephi)' })).toHaveAttribute('href', '/api/networks/b/graph.gexf?depth=1&lang=en');
  });

  it('says how many ties lead outside the filters, downloads what it shows, and finds one network on the map', async () => {
    const user = userEvent.setup();
    renderApp('/networks?kind=COALITION&view=map', [
      meMock(null),
      directoryMock({ filter: { kinds: ['COALITION'] }, sort: 'NAME', first: 20 }, []),
      graphMock(
        [
          node('hub', 'Cardiff Food Coalition', { kind: 'COALITION', degree: 1 }),
          node('n', 'North Coalition', { kind: 'COALITION', degree: 1 }),
        ],
        [tie('e1', 'n', 'hub', 'PARTNER')],
        { filter: { kinds: ['COALITION'] } },
        3,
      ),
    ]);
    expect(await screen.findByTestId('map-outside-ties')).toHaveTextContent(
      '3 more ties lead to networks outside your search and filters.',
    );
    for (const [name, format] of [
      ['GEXF (Gephi)', 'gexf'],
      ['GraphML (NetworkX, yEd)', 'graphml'],
      ['Ties as CSV', 'csv'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `/api/networks/graph.${format}?kinds=COALITION&lang=en`);
    }

    await user.click(screen.getByRole('combobox', { name: 'Find a network on the map' }));
    await user.click(await screen.findByRole('option', { name: 'North Coalition', hidden: true }));
    expect(screen.getByTestId('map-focus-summary')).toHaveTextContent('North Coalition has 1 tie in this map.');
    const ties = screen.getByTestId('map-focus-ties');
    expect(within(ties).getAllByRole('row')[1]).toHaveTextContent(/North Coalition\s*Partner\s*Cardiff Food Coalition/);
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
