import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { CoConveningInvitation } from '../components/CoConveningInvitation';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { RespondToCoConveningMutation } from '../graphql/respond-to-co-convening.mutation';
import { aGathering, aNetworkSummary, anError, myNetworksMock } from './gathering-fixtures';

const pantry = aNetworkSummary({ id: 'network-2', slug: 'splott-pantry', name: 'Splott Pantry', kind: 'NETWORK' });
const facilitator = myNetworksMock([{ id: 'network-2', name: 'Splott Pantry', viewerRoles: ['FACILITATOR'] }]);

const respondMock = (accept: boolean, result: object) => ({
  request: { query: RespondToCoConveningMutation, variables: { input: { gatheringId: 'gathering-1', networkId: 'network-2', accept } } },
  result,
});

const renderInvitation = (mocks: object[], signedIn = true) =>
  renderUi(
    <CoConveningInvitation gathering={aGathering()} networkId="network-2" signedIn={signedIn} />,
    mocks as Parameters<typeof renderUi>[1],
  );

describe('CoConveningInvitation', () => {
  it('shows that it is loading', async () => {
    renderInvitation([{ ...myNetworksMock([]), delay: 60_000 }]);
    expect(await screen.findByText('Loading')).toBeInTheDocument();
  });

  it('asks people who are signed out to sign in, and brings them back', async () => {
    renderInvitation([], false);
    expect(await screen.findByRole('link', { name: 'Sign in to answer the invitation to co-convene' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fgatherings%2Fcardiff-open-space%3Fcoconvene%3Dnetwork-2',
    );
  });

  it('tells someone who does not facilitate the network that it is not theirs to answer', async () => {
    renderInvitation([myNetworksMock([{ id: 'network-2', name: 'Splott Pantry', viewerRoles: ['MEMBER'] }])]);
    expect(
      await screen.findByText('Only the facilitators and conveners of the invited network can answer this invitation.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('accepts, making the network a convener', async () => {
    const user = userEvent.setup();
    renderInvitation([
      facilitator,
      respondMock(true, {
        data: { respondToCoConvening: aGathering({ viewerIsConvener: true, convenedBy: [aNetworkSummary(), pantry] }) },
      }),
    ]);
    expect(await screen.findByText(/The conveners ask Splott Pantry to convene this gathering with them/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Splott Pantry now convenes Cardiff open space, and so do you.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('declines', async () => {
    const user = userEvent.setup();
    renderInvitation([facilitator, respondMock(false, { data: { respondToCoConvening: aGathering() } })]);
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('You declined to co-convene Cardiff open space for Splott Pantry.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('shows the server’s message when there is no invitation to answer', async () => {
    const user = userEvent.setup();
    renderInvitation([facilitator, respondMock(true, anError('NOT_FOUND', 'We could not find that gathering.'))]);
    await user.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that gathering.');
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });

  it('shows the server’s message when your networks cannot be read', async () => {
    renderInvitation([{ request: { query: MyNetworksQuery }, result: anError('TOO_SLOW', 'The directory is busy: try again.') }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The directory is busy: try again.');
  });
});
