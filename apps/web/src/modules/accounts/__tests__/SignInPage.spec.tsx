import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { SignInMutation } from '../graphql/sign-in.mutation';

const input = { email: 'ada@example.org', password: 'correct horse battery' };

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: 'Email address' }), input.email);
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('shows a server field error on that field and nowhere else', async () => {
    renderApp('/sign-in', [
      meMock(null),
      {
        request: { query: SignInMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Check the highlighted fields.',
              extensions: { code: 'BAD_USER_INPUT', fields: { email: 'This email address is not valid.' } },
            },
          ],
        },
      },
    ]);

    await fillAndSubmit();

    const email = screen.getByRole('textbox', { name: 'Email address' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('This email address is not valid.'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows errors that are not about one field in an alert', async () => {
    renderApp('/sign-in', [
      meMock(null),
      {
        request: { query: SignInMutation, variables: { input } },
        result: {
          errors: [{ message: 'That email and password do not match an account.', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
    ]);

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match an account.');
  });

  it('checks the fields before sending anything', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in', [meMock(null)]);

    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'Email address' });
    expect(email).toHaveAccessibleDescription('Enter an email address, like name@example.org.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).toHaveAccessibleDescription('This field is required.');
  });

  it('signs in, updates the header and goes to the next page', async () => {
    renderApp('/sign-in?next=/account', [
      meMock(null),
      {
        request: { query: SignInMutation, variables: { input } },
        result: { data: { signIn: aPerson() } },
      },
    ]);

    await fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Signed in as Ada Lovelace');
  });
});
