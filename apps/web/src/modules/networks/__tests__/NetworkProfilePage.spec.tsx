import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClaimNetworkMutation } from '../graphql/claim-network.mutation';
import { NetworkGraphQuery } from '../graphql/network-graph.query';
import { NetworkQuery } from '../graphql/network.query';
import type { NetworkMapProps } from '../components/map/NetworkMap';
import { aNetwork } from './network-fixtures';

const { aPerson, meMock, renderApp } = await import('../../../test/render-app');

// jsdom has no WebGL: the lazily loaded sigma map is a stand-in showing what it was given.
jest.unstable_mockModule('../components/map/NetworkMap', () => ({
  NetworkMap: ({ graph, summary, focus }: NetworkMapProps) => (
    <div role="img" aria-label={summary} data-testid="network-map-canvas" data-focus={focus}>
      {graph.nodes.length} nodes
    </div>
  ),
}));

const graphNode = (id: string, name: string, kind = 'NETWORK') => ({
  __typename: 'GraphNode',
  id,
  slug: id,
  name,
  kind,
  region: null,
  isClosed: false,
  degree: 1,
  betweenness: 0,
  isBridge: false,
  cluster: 0,
});

describe('NetworkProfilePage', () => {
  it('marks a closed network and keeps its story readable', async () => {
    const network = aNetwork({ isClosed: true, lifecycleStage: 'CLOSED', closingNote: 'Our seed library lives on at the hub.' });
    renderApp('/networks/cardiff-food-coalition', [
      meMock(null),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff Food Coalition' })).toBeInTheDocument();
    expect(screen.getByTestId('network-closed')).toHaveTextContent('Our seed library lives on at the hub.');
    expect(screen.getByRole('heading', { level: 2, name: 'The work' })).toBeInTheDocument();
    expect(screen.getByText('Voluntary sector')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Manage this network' })).not.toBeInTheDocument();
  });

  it('shows its own neighbourhood map, centred on it, with its ties in words and as files', async () => {
    const network = aNetwork();
    const neighbourhood = (depth: number, outsideTieCount: number) => ({
      request: { query: NetworkGraphQuery, variables: { slug: network.slug, depth } },
      result: {
        data: {
          networkGraph: {
            __typename: 'NetworkGraph',
            nodeCount: 2,
            edgeCount: 1,
            outsideTieCount,
            isBetweennessEstimated: false,
            nodes: [{ ...graphNode(network.id, network.name, 'COALITION'), slug: network.slug }, graphNode('splott', 'Splott Pantry')],
            edges: [{ __typename: 'GraphEdge', id: 'tie-1', source: 'splott', target: network.id, tieType: 'PARTNER' }],
          },
        },
      },
    });
    renderApp(`/networks/${network.slug}`, [
      meMock(null),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
      neighbourhood(1, 4),
      neighbourhood(2, 0),
    ]);
    const section = await screen.findByTestId('network-neighbourhood');
    const map = await within(section).findByRole('img', { name: 'A map of 2 networks joined by 1 tie, with 0 bridging networks.' });
    expect(map).toHaveAttribute('data-focus', network.id);
    expect(within(section).getByText('4 more ties lead further out, beyond this map.')).toBeInTheDocument();
    const ties = within(section).getByTestId('neighbourhood-ties');
    expect(within(ties).getAllByRole('row')[1]).toHaveTextContent(/Splott Pantry\s*Partner\s*Cardiff Food Coalition/);
    expect(within(section).getByRole('link', { name: 'GEXF (Gephi)' })).toHaveAttribute(
      'href',
      `/api/networks/${network.slug}/graph.gexf?depth=1&lang=en`,
    );

    await userEvent.click(within(section).getByText('Two ties out'));
    await waitFor(() =>
      expect(within(section).getByRole('link', { name: 'Ties as CSV' })).toHaveAttribute(
        'href',
        `/api/networks/${network.slug}/graph.csv?depth=2&lang=en`,
      ),
    );
    expect(within(section).queryByText(/lead further out/)).not.toBeInTheDocument();
  });

  it('says when a network has no ties yet', async () => {
    const network = aNetwork();
    renderApp(`/networks/${network.slug}`, [
      meMock(null),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
      {
        request: { query: NetworkGraphQuery, variables: { slug: network.slug, depth: 1 } },
        result: {
          data: {
            networkGraph: {
              __typename: 'NetworkGraph',
              nodeCount: 1,
              edgeCount: 0,
              outsideTieCount: 0,
              isBetweennessEstimated: false,
              nodes: [{ ...graphNode(network.id, network.name, 'COALITION'), slug: network.slug }],
              edges: [],
            },
          },
        },
      },
    ]);
    expect(await screen.findByTestId('neighbourhood-empty')).toHaveTextContent('No active ties yet.');
  });

  it('shows a friendly not-found page', async () => {
    renderApp('/networks/nowhere', [
      meMock(null),
      {
        request: { query: NetworkQuery, variables: { slug: 'nowhere' } },
        result: { errors: [{ message: 'Network not found.', extensions: { code: 'NOT_FOUND' } }] },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Network not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the directory' })).toHaveAttribute('href', '/networks');
  });

  it('lists member networks, coalitions with their depth, and people', async () => {
    const summary = (id: string, name: string) => ({
      __typename: 'NetworkSummary',
      id,
      slug: id,
      name,
      kind: 'COALITION',
      isClosed: false,
    });
    const network = aNetwork({
      memberNetworks: [
        {
          __typename: 'NetworkMembership',
          id: 'tie-1',
          status: 'ACTIVE',
          tieType: 'PARTNER',
          since: '2026-02-01',
          until: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          member: summary('splott', 'Splott Community Network'),
          parent: summary('network-1', 'Cardiff Food Coalition'),
        } as never,
      ],
      coalitions: [
        { __typename: 'CoalitionMembership', depth: 1, network: summary('wales', 'Wales Food Alliance') } as never,
        { __typename: 'CoalitionMembership', depth: 3, network: summary('uk', 'UK Food Networks') } as never,
      ],
      people: [
        {
          __typename: 'NetworkRoleHolder',
          role: 'CONVENER',
          since: '2026-03-01T10:00:00.000Z',
          until: null,
          person: { __typename: 'Person', id: 'person-2', displayName: 'Bryn', pronouns: 'he/him' },
        } as never,
      ],
    });
    renderApp('/networks/cardiff-food-coalition', [
      meMock(null),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
    ]);

    expect(await screen.findByRole('link', { name: 'Splott Community Network' })).toHaveAttribute('href', '/networks/splott');
    expect(screen.getByTestId('coalitions')).toHaveTextContent('Wales Food Alliance Directly');
    expect(screen.getByTestId('coalitions')).toHaveTextContent('UK Food Networks Through 2 other coalitions');
    expect(screen.getByTestId('people')).toHaveTextContent('Bryn (he/him): Convener since 1 Mar 2026');
    expect(screen.queryByRole('button', { name: 'Show history' })).not.toBeInTheDocument();
  });

  it('lets a signed-in person claim an unclaimed listing', async () => {
    const user = userEvent.setup();
    const network = aNetwork({ isClaimed: false });
    const message = 'I coordinate this network; our chair can confirm.';
    const claim = jest.fn(() => ({ data: { claimNetwork: { __typename: 'NetworkClaim', id: 'claim-1', status: 'PENDING' } } }));
    renderApp('/networks/cardiff-food-coalition', [
      meMock(aPerson()),
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
      { request: { query: ClaimNetworkMutation, variables: { input: { networkId: network.id, message } } }, result: claim },
    ]);

    expect(await screen.findByTestId('unclaimed-notice')).toHaveTextContent('Unclaimed listing');
    // The form comes once the page knows who is signed in (its own query, which may answer after the network's).
    await user.click(await screen.findByRole('button', { name: 'This is my network — claim it' }));
    const field = screen.getByRole('textbox', { name: /How are you connected/ });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('This field is required.'));
    expect(claim).not.toHaveBeenCalled();

    await user.type(field, message);
    await user.click(screen.getByRole('button', { name: 'This is my network — claim it' }));

    expect(await screen.findByTestId('form-success')).toHaveTextContent('A Weave admin will look at your claim.');
    await waitFor(() => expect(claim).toHaveBeenCalledTimes(1));
  });
});
