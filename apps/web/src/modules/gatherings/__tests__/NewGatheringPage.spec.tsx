import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { CreateGatheringMutation } from '../graphql/create-gathering.mutation';
import { emptyGatheringForm, formValuesToCreateInput } from '../utils/gathering-form-values';
import { myNetworksMock } from './gathering-fixtures';

const networks = [
  { id: 'network-1', name: 'Cardiff Food Coalition', viewerRoles: ['FACILITATOR'] },
  { id: 'network-2', name: 'Splott Pantry', viewerRoles: [] },
];

describe('NewGatheringPage', () => {
  it('puts the server’s message about the end time on the end field and focuses it', async () => {
    const user = userEvent.setup();
    const input = formValuesToCreateInput({
      ...emptyGatheringForm(['network-1']),
      title: 'Cardiff open space',
      startsAt: '2026-06-13T16:00',
      endsAt: '2026-06-13T10:00',
    });
    renderApp('/gatherings/new', [
      meMock(aPerson()),
      myNetworksMock(networks),
      {
        request: { query: CreateGatheringMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Check the highlighted fields.',
              extensions: { code: 'BAD_USER_INPUT', fields: { endsAt: 'The end must be after the start.' } },
            },
          ],
        },
      },
    ]);

    await user.click(await screen.findByRole('textbox', { name: /^Title/ }));
    await user.paste('Cardiff open space');
    fireEvent.change(screen.getByLabelText(/^Starts/), { target: { value: '2026-06-13T16:00' } });
    fireEvent.change(screen.getByLabelText(/^Ends/), { target: { value: '2026-06-13T10:00' } });
    // The only network the person can convene with is chosen for them; others are not offered.
    expect(screen.getByRole('checkbox', { name: 'Cardiff Food Coalition' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Splott Pantry' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const ends = screen.getByLabelText(/^Ends/);
    await waitFor(() => expect(ends).toHaveAccessibleDescription(expect.stringContaining('The end must be after the start.')));
    expect(ends).toHaveAttribute('aria-invalid', 'true');
    expect(ends).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the online link field only for online and hybrid gatherings', async () => {
    const user = userEvent.setup();
    renderApp('/gatherings/new', [meMock(aPerson()), myNetworksMock(networks)]);

    expect(await screen.findByRole('textbox', { name: /^Venue/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Online link/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Online/ }));
    expect(screen.getByRole('textbox', { name: /^Online link/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Venue/ })).not.toBeInTheDocument();
  });

  it('explains what to do when the person convenes no network', async () => {
    renderApp('/gatherings/new', [meMock(aPerson()), myNetworksMock([networks[1]])]);

    expect(await screen.findByTestId('no-convening-networks')).toHaveTextContent('You need to be a convener or facilitator');
    expect(screen.getByRole('link', { name: 'Register a network' })).toHaveAttribute('href', '/networks/new');
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
  });
});
