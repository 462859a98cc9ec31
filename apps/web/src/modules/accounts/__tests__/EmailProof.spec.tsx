import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { MyNetworkInvitationsQuery } from '../graphql/my-network-invitations.query';
import { ResendVerificationEmailMutation } from '../graphql/resend-verification-email.mutation';
import { ResetPasswordMutation } from '../graphql/reset-password.mutation';
import { SignUpMutation } from '../graphql/sign-up.mutation';
import { VerifyEmailMutation } from '../graphql/verify-email.mutation';

const noInvitations = { request: { query: MyNetworkInvitationsQuery }, result: { data: { myNetworkInvitations: [] } } };

/** Fills in the sign-up form as a person would and sends it. */
async function signUpAs(input: { email: string; displayName: string; password: string }) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/Email address/), input.email);
  await user.type(screen.getByLabelText(/Display name/), input.displayName);
  await user.type(screen.getByLabelText(/^Password/), input.password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('proving an email address', () => {
  it('after sign-up, says to look in the inbox (the same whether or not the address had an account)', async () => {
    const input = { email: 'new@example.org', displayName: 'New', password: 'a long enough password', locale: 'en' };
    renderApp('/sign-up', [meMock(null), { request: { query: SignUpMutation, variables: { input } }, result: { data: { signUp: true } } }]);
    await signUpAs(input);
    // The mock answers only the variables above: the language the page is in goes with the sign-up.
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('We have sent a message to new@example.org');
  });

  it('sign-up sends where the person was going, so the email brings them back; never another site', async () => {
    const input = { email: 'invited@example.org', displayName: 'Invited', password: 'a long enough password', locale: 'en' };
    const answered = { result: { data: { signUp: true } } };
    for (const [asked, sent] of [
      ['/gatherings/spring-open-space?invite=abc', { next: '/gatherings/spring-open-space?invite=abc' }],
      ['https://evil.example/phish', {}],
    ] as const) {
      const { unmount } = renderApp(`/sign-up?${new URLSearchParams({ next: asked })}`, [
        meMock(null),
        { request: { query: SignUpMutation, variables: { input: { ...input, ...sent } } }, ...answered },
      ]);
      await signUpAs(input);
      // The mock answers only these variables.
      expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
      unmount();
    }
  });

  it('once the address is confirmed, offers to carry on where the person was going (only within Weave)', async () => {
    const verified = (token: string) => ({
      request: { query: VerifyEmailMutation, variables: { input: { token } } },
      result: { data: { verifyEmail: aPerson({ emailVerified: true }) } },
    });
    const first = renderApp(`/verify-email?token=tok-1&next=${encodeURIComponent('/gatherings/spring-open-space')}`, [
      meMock(aPerson({ emailVerified: false })),
      verified('tok-1'),
    ]);
    expect(await screen.findByRole('link', { name: 'Carry on where you were' })).toHaveAttribute('href', '/gatherings/spring-open-space');
    first.unmount();
    renderApp(`/verify-email?token=tok-2&next=${encodeURIComponent('//evil.example')}`, [
      meMock(aPerson({ emailVerified: false })),
      verified('tok-2'),
    ]);
    expect(await screen.findByText(/your email address is confirmed/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Carry on where you were' })).not.toBeInTheDocument();
  });

  it('signed out, the link asks for the password, and words a spent link from its reason', async () => {
    renderApp('/verify-email?token=tok-123', [
      meMock(null),
      {
        request: { query: VerifyEmailMutation, variables: { input: { token: 'tok-123', password: 'my password' } } },
        result: { errors: [{ message: 'spent', extensions: { code: 'BAD_USER_INPUT', reason: 'EmailLinkSpent' } }] },
      },
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Password/), 'my password');
    await user.click(screen.getByRole('button', { name: 'Confirm my email address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link has expired or has been used already.');
  });

  it('signed in to the account, the link proves the address at once', async () => {
    renderApp('/verify-email?token=tok-123', [
      meMock(aPerson({ emailVerified: false })),
      {
        request: { query: VerifyEmailMutation, variables: { input: { token: 'tok-123' } } },
        result: { data: { verifyEmail: aPerson({ emailVerified: true }) } },
      },
    ]);
    expect(await screen.findByText(/your email address is confirmed/)).toBeInTheDocument();
    expect(screen.queryByTestId('verify-email-banner')).not.toBeInTheDocument();
  });

  it('a signed-in person whose address is not proved sees a banner and can ask for a new link', async () => {
    renderApp('/account', [
      meMock(aPerson({ emailVerified: false })),
      noInvitations,
      { request: { query: ResendVerificationEmailMutation }, result: { data: { resendVerificationEmail: true } } },
    ]);
    const banner = await screen.findByTestId('verify-email-banner');
    expect(banner).toHaveTextContent('Please confirm your email address');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText('A new link is on its way to ada@example.org.')).toBeInTheDocument();
  });

  it('a reset link sets a new password and signs in', async () => {
    let signedIn = false;
    renderApp('/reset-password?token=tok-9', [
      { ...meMock(null), result: () => ({ data: { me: signedIn ? aPerson() : null } }) },
      {
        request: { query: ResetPasswordMutation, variables: { input: { token: 'tok-9', newPassword: 'a brand new password' } } },
        result: () => {
          signedIn = true;
          return { data: { resetPassword: aPerson() } };
        },
      },
      noInvitations,
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/New password/), 'a brand new password');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
  });
});
