import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { InviteToNetworkMutation } from '../graphql/invite-to-network.mutation';
import { NetworkManageQuery } from '../graphql/network-manage.query';
import { NetworkPickerQuery } from '../graphql/network-picker.query';
import { ProposeMembershipMutation } from '../graphql/propose-membership.mutation';
import { RespondToMembershipMutation } from '../graphql/respond-to-membership.mutation';
import { aNetwork } from './network-fixtures';

const me = aPerson();
const summary = (id: string, name: string, kind: 'COALITION' | 'NETWORK' = 'NETWORK') => ({
  __typename: 'NetworkSummary',
  id,
  slug: name.toLowerCase().replaceAll(' ', '-'),
  name,
  kind,
  isClosed: false,
});
const coalition = aNetwork({
  viewerRoles: ['FACILITATOR'],
  people: [
    {
      __typename: 'NetworkRoleHolder',
      role: 'FACILITATOR',
      since: '2026-01-01T00:00:00.000Z',
      until: null,
      person: { __typename: 'Person', id: me.id, displayName: me.displayName, pronouns: null },
    } as never,
  ],
  handshakes: [],
  pendingInvitations: [],
});

function manageMock(network = coalition): MockLink.MockedResponse {
  return {
    request: { query: NetworkManageQuery, variables: { slug: network.slug } },
    result: { data: { network } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('ManageNetworkPage', () => {
  it('People: shows a CONFLICT about the email on the email field', async () => {
    const user = userEvent.setup();
    renderApp('/networks/cardiff-food-coalition/manage?section=people', [
      meMock(me),
      manageMock(),
      {
        request: {
          query: InviteToNetworkMutation,
          variables: { input: { networkId: coalition.id, email: 'bryn@example.org', role: 'CONVENER' } },
        },
        result: {
          errors: [
            {
              message: 'bryn@example.org already has an invitation waiting.',
              extensions: { code: 'CONFLICT', fields: { email: 'bryn@example.org already has an invitation waiting.' } },
            },
          ],
        },
      },
    ]);

    expect(await screen.findByRole('tab', { name: 'People', selected: true })).toBeInTheDocument();
    expect(screen.getByTestId('current-roles')).toHaveTextContent('Ada Lovelace: Facilitator');
    await user.type(screen.getByRole('textbox', { name: /Their email address/ }), 'bryn@example.org');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Role/ }), 'CONVENER');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const email = screen.getByRole('textbox', { name: /Their email address/ });
    await waitFor(() => expect(email).toHaveAccessibleDescription(expect.stringContaining('already has an invitation waiting')));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
  });

  it('Ties: shows the loop message when a tie would make a cycle', async () => {
    const user = userEvent.setup();
    const loop = 'Splott Community Network already belongs to Cardiff Food Coalition, so this would make a loop.';
    renderApp('/networks/cardiff-food-coalition/manage?section=ties', [
      meMock(me),
      manageMock(),
      {
        request: { query: NetworkPickerQuery, variables: { search: 'Splott' } },
        result: {
          data: {
            networks: {
              __typename: 'NetworkConnection',
              edges: [{ __typename: 'NetworkEdge', node: { ...summary('network-2', 'Splott Community Network'), __typename: 'Network' } }],
            },
          },
        },
      },
      {
        request: {
          query: ProposeMembershipMutation,
          variables: { input: { memberNetworkId: coalition.id, parentNetworkId: 'network-2', tieType: 'MEMBER' } },
        },
        result: { errors: [{ message: loop, extensions: { code: 'CONFLICT' } }] },
      },
    ]);

    const join = await screen.findByRole('region', { name: 'Ask to join a coalition' });
    await user.type(within(join).getByRole('searchbox', { name: /Network name/ }), 'Splott');
    await user.click(within(join).getByRole('button', { name: 'Search' }));
    await user.click(await within(join).findByRole('radio', { name: /Splott Community Network/ }));
    await user.click(within(join).getByRole('button', { name: 'Ask to join' }));

    expect(await within(join).findByRole('alert')).toHaveTextContent(loop);
  });

  it('Ties: accepts a handshake waiting for this network', async () => {
    const user = userEvent.setup();
    const tie = {
      __typename: 'NetworkMembership',
      id: 'tie-1',
      status: 'INVITED',
      tieType: 'MEMBER',
      since: null,
      until: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      member: summary(coalition.id, coalition.name, 'COALITION'),
      parent: summary('network-3', 'Wales Food Alliance', 'COALITION'),
    } as const;
    renderApp('/networks/cardiff-food-coalition/manage?section=ties', [
      meMock(me),
      manageMock(aNetwork({ ...coalition, handshakes: [tie as never] })),
      {
        request: { query: RespondToMembershipMutation, variables: { input: { membershipId: 'tie-1', accept: true } } },
        result: { data: { respondToMembership: { ...tie, status: 'ACTIVE', since: '2026-02-01' } } },
      },
    ]);

    const waiting = await screen.findByTestId('handshakes-waiting');
    expect(waiting).toHaveTextContent('Wales Food Alliance invites this network to join as Member');
    await user.click(within(waiting).getByRole('button', { name: 'Accept the tie with Wales Food Alliance' }));

    expect(await screen.findByTestId('form-success')).toHaveTextContent('You are now tied to Wales Food Alliance.');
  });

  it('only lets facilitators in', async () => {
    renderApp('/networks/cardiff-food-coalition/manage', [meMock(me), manageMock(aNetwork({ viewerRoles: [] }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Only facilitators can manage this network' })).toBeInTheDocument();
  });
});
