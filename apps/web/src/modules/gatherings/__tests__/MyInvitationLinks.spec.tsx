import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi } from '../../../test/render-app';
import { InviteOthers } from '../components/InviteOthers';
import { MyInvitationLinks } from '../components/MyInvitationLinks';
import { CreateInvitationMutation } from '../graphql/create-invitation.mutation';
import { MyInvitationsQuery } from '../graphql/my-invitations.query';
import { anError, myInvitationsMock, myNetworksMock } from './gathering-fixtures';

const anInvitation = (id: string, networkName: string | null, isExpired = false) => ({
  __typename: 'GatheringInvitation',
  id,
  code: `code-${id}`,
  url: `https://weave.example/gatherings/cardiff-open-space?invite=code-${id}`,
  gatheringId: 'gathering-1',
  issuedByName: 'Ada Lovelace',
  networkName,
  isExpired,
  expiresAt: null,
});

describe('MyInvitationLinks', () => {
  it('shows that it is loading', async () => {
    renderUi(<MyInvitationLinks gatheringId="gathering-1" />, [{ ...myInvitationsMock([]), delay: 60_000 }]);
    expect(await screen.findByText('Loading')).toBeInTheDocument();
  });

  it('says when you have made no link', async () => {
    renderUi(<MyInvitationLinks gatheringId="gathering-1" />, [myInvitationsMock([])]);
    expect(await screen.findByText('You have not made an invitation link yet.')).toBeInTheDocument();
  });

  it('shows your newest link for yourself and for each network, and which have expired', async () => {
    renderUi(<MyInvitationLinks gatheringId="gathering-1" />, [
      myInvitationsMock([anInvitation('1', null, true), anInvitation('2', 'Cardiff Food Coalition', true), anInvitation('3', null)]),
    ]);
    expect(await screen.findByRole('textbox', { name: 'Your invitation link' })).toHaveValue(
      'https://weave.example/gatherings/cardiff-open-space?invite=code-3',
    );
    expect(screen.getByRole('textbox', { name: 'Your invitation link for Cardiff Food Coalition' })).toBeInTheDocument();
    expect(screen.getAllByText('This link has expired: make a new one.')).toHaveLength(1);
  });

  it('shows the server’s message when your links cannot be read', async () => {
    renderUi(<MyInvitationLinks gatheringId="gathering-1" />, [
      {
        request: { query: MyInvitationsQuery, variables: { gatheringId: 'gathering-1' } },
        result: anError('NOT_FOUND', 'We could not find that gathering.'),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not find that gathering.');
  });
});

describe('InviteOthers', () => {
  const createMock = (result: object) => ({
    request: { query: CreateInvitationMutation, variables: { input: { gatheringId: 'gathering-1', networkId: null } } },
    result,
  });

  it('makes a link, which then shows among your links', async () => {
    const user = userEvent.setup();
    renderUi(<InviteOthers gatheringId="gathering-1" />, [
      myNetworksMock([]),
      myInvitationsMock([]),
      createMock({ data: { createInvitation: anInvitation('4', null) } }),
      myInvitationsMock([anInvitation('4', null)]),
    ]);
    await screen.findByText('You have not made an invitation link yet.');
    await user.click(screen.getByRole('button', { name: 'Make an invitation link' }));
    expect(await screen.findByRole('textbox', { name: 'Your invitation link' })).toHaveValue(
      'https://weave.example/gatherings/cardiff-open-space?invite=code-4',
    );
    // The link shows once the refetched list is in the cache; the status once the mutation's promise settles, a render later.
    expect(await screen.findByText('Your invitation link is ready.')).toBeInTheDocument();
  });

  it('shows the server’s message when no link can be made', async () => {
    const user = userEvent.setup();
    renderUi(<InviteOthers gatheringId="gathering-1" />, [
      myNetworksMock([]),
      myInvitationsMock([]),
      createMock(anError('FORBIDDEN', 'Register for this gathering (or convene it) to invite others.')),
    ]);
    await screen.findByText('You have not made an invitation link yet.');
    await user.click(screen.getByRole('button', { name: 'Make an invitation link' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Register for this gathering (or convene it) to invite others.');
    expect(within(screen.getByRole('region')).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
