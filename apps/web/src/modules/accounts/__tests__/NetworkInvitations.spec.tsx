import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { MyNetworkInvitationsQuery } from '../graphql/my-network-invitations.query';
import { RespondToNetworkInvitationMutation } from '../graphql/respond-to-network-invitation.mutation';

const invitation = {
  __typename: 'NetworkRoleInvitation',
  id: 'invitation-1',
  email: 'ada@example.org',
  role: 'CONVENER',
  status: 'PENDING',
  createdAt: '2026-03-01T10:00:00.000Z',
  invitedByName: 'Cerys',
  networkId: 'network-1',
  networkName: 'Cardiff Food Coalition',
  networkSlug: 'cardiff-food-coalition',
};

describe('Invitations to networks on the account page', () => {
  it('accepts an invitation and then links to the network', async () => {
    const user = userEvent.setup();
    const respond = jest.fn(() => ({ data: { respondToNetworkInvitation: { ...invitation, status: 'ACCEPTED' } } }));
    renderApp('/account', [
      meMock(aPerson()),
      { request: { query: MyNetworkInvitationsQuery }, result: { data: { myNetworkInvitations: [invitation] } } },
      {
        request: { query: RespondToNetworkInvitationMutation, variables: { input: { invitationId: 'invitation-1', accept: true } } },
        result: respond,
      },
    ]);

    const list = await screen.findByTestId('network-invitations');
    expect(list).toHaveTextContent('Cerys invites you to be Convener of Cardiff Food Coalition.');
    await user.click(within(list).getByRole('button', { name: 'Accept the invitation to be Convener of Cardiff Food Coalition' }));

    await waitFor(() => expect(respond).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('link', { name: 'Go to Cardiff Food Coalition' })).toHaveAttribute(
      'href',
      '/networks/cardiff-food-coalition',
    );
    expect(screen.getByTestId('form-success')).toHaveTextContent('You are now Convener of Cardiff Food Coalition.');
    expect(within(list).queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument();
  });

  it('says when nothing is waiting', async () => {
    renderApp('/account', [
      meMock(aPerson()),
      { request: { query: MyNetworkInvitationsQuery }, result: { data: { myNetworkInvitations: [] } } },
    ]);
    expect(await screen.findByText('You have no invitations waiting.')).toBeInTheDocument();
  });
});
