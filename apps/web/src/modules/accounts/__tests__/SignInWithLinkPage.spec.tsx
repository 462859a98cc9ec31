import { screen } from '@testing-library/react';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { MyNetworkInvitationsQuery } from '../graphql/my-network-invitations.query';
import { SignInWithLinkMutation } from '../graphql/sign-in-with-link.mutation';

const signInWithLink = (result: Record<string, unknown>) => ({
  request: { query: SignInWithLinkMutation, variables: { input: { token: 'tok-123' } } },
  result,
});

describe('SignInWithLinkPage', () => {
  it('signs in with the token and goes on to the next page', async () => {
    // Like the server: `me` is null until the link has been used, then the person.
    let signedIn = false;
    renderApp('/sign-in/link?token=tok-123&next=/account?tab=profile', [
      { ...meMock(null), result: () => ({ data: { me: signedIn ? aPerson() : null } }) },
      {
        ...signInWithLink({}),
        result: () => {
          signedIn = true;
          return { data: { signInWithLink: aPerson() } };
        },
      },
      { request: { query: MyNetworkInvitationsQuery }, result: { data: { myNetworkInvitations: [] } } },
    ]);

    // Generous wait: the mutation, the navigation and the account page all happen in turn.
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/account?tab=profile');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Signed in as Ada Lovelace');
  });

  it('says why the link did not work and offers the sign-in page', async () => {
    const expired = 'This sign-in link has expired or has already been used.';
    renderApp('/sign-in/link?token=tok-123&next=/gatherings/harvest?invite=abc', [
      meMock(null),
      signInWithLink({ errors: [{ message: expired, extensions: { code: 'UNAUTHENTICATED' } }] }),
    ]);

    expect(screen.getByRole('status')).toHaveTextContent('Signing you in…');
    expect(await screen.findByRole('alert')).toHaveTextContent(expired);
    expect(screen.getByRole('heading', { level: 1, name: 'This sign-in link did not work' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the sign-in page' })).toHaveAttribute(
      'href',
      `/sign-in?${new URLSearchParams({ next: '/gatherings/harvest?invite=abc' }).toString()}`,
    );
  });
});
