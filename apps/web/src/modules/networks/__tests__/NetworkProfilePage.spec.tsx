import { jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { ClaimNetworkMutation } from '../graphql/claim-network.mutation';
import { NetworkQuery } from '../graphql/network.query';
import { aNetwork } from './network-fixtures';

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
    await user.click(screen.getByRole('button', { name: 'This is my network — claim it' }));
    const field = screen.getByRole('textbox', { name: /How are you connected/ });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('This field is required.'));
    expect(claim).not.toHaveBeenCalled();

    await user.type(field, message);
    await user.click(screen.getByRole('button', { name: 'This is my network — claim it' }));

    expect(await screen.findByTestId('form-success')).toHaveTextContent('A Weave admin will look at your claim.');
    await waitFor(() => expect(claim).toHaveBeenCalledTimes(1));
  });
});
