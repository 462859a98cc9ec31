import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { NetworkQuery } from '../graphql/network.query';
import { RegisterNetworkMutation } from '../graphql/register-network.mutation';
import { emptyNetworkForm, formValuesToInput } from '../utils/network-form-values';
import { aNetwork } from './network-fixtures';

const input = formValuesToInput({
  ...emptyNetworkForm(),
  name: 'Cardiff Food Coalition',
  kind: 'COALITION',
  area: { placeName: 'Cardiff', region: '', latitude: '', longitude: '' },
});

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Cardiff Food Coalition');
  await user.click(screen.getByRole('radio', { name: 'Coalition' }));
  await user.type(screen.getByRole('textbox', { name: 'Place name' }), 'Cardiff');
  await user.click(screen.getByRole('button', { name: 'Register network' }));
}

describe('RegisterNetworkPage', () => {
  it('puts a server error for a nested field on that field and focuses it', async () => {
    renderApp('/networks/new', [
      meMock(aPerson()),
      {
        request: { query: RegisterNetworkMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Check the highlighted fields.',
              extensions: { code: 'BAD_USER_INPUT', fields: { 'area.placeName': 'We could not find that place.' } },
            },
          ],
        },
      },
    ]);

    await fillAndSubmit();

    const place = screen.getByRole('textbox', { name: 'Place name' });
    await waitFor(() => expect(place).toHaveAccessibleDescription(expect.stringContaining('We could not find that place.')));
    expect(place).toHaveAttribute('aria-invalid', 'true');
    expect(place).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Name/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the name before sending anything', async () => {
    const user = userEvent.setup();
    renderApp('/networks/new', [meMock(aPerson())]);

    await user.click(await screen.findByRole('button', { name: 'Register network' }));

    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAccessibleDescription('This field is required.');
    expect(name).toHaveFocus();
  });

  it('registers and goes to the new profile', async () => {
    const network = aNetwork({ viewerRoles: ['FACILITATOR'] });
    renderApp('/networks/new', [
      meMock(aPerson()),
      { request: { query: RegisterNetworkMutation, variables: { input } }, result: { data: { registerNetwork: network } } },
      { request: { query: NetworkQuery, variables: { slug: network.slug } }, result: { data: { network } } },
    ]);

    await fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff Food Coalition' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/networks/cardiff-food-coalition');
    expect(screen.getByRole('link', { name: 'Manage this network' })).toHaveAttribute('href', '/networks/cardiff-food-coalition/manage');
  });

  it('asks people who are signed out to sign in first', async () => {
    renderApp('/networks/new', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?next=%2Fnetworks%2Fnew');
  });
});
