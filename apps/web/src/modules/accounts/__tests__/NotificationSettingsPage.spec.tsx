import { jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { NotificationPreferencesQuery } from '../graphql/notification-preferences.query';
import { SetNotificationPreferenceMutation } from '../graphql/set-notification-preference.mutation';

const preference = (kind: string, delivery: string, isDefault = true) => ({
  __typename: 'NotificationPreference',
  kind,
  delivery,
  isDefault,
});

describe('Notification settings', () => {
  it('saves a choice at once and says so', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({ data: { setNotificationPreference: preference('MENTION', 'DIGEST', false) } }));
    renderApp('/account/notifications', [
      meMock(aPerson()),
      {
        request: { query: NotificationPreferencesQuery },
        result: { data: { notificationPreferences: [preference('MENTION', 'EMAIL'), preference('REPLY', 'DIGEST')] } },
      },
      {
        request: { query: SetNotificationPreferenceMutation, variables: { input: { kind: 'MENTION', delivery: 'DIGEST' } } },
        result: save,
      },
    ]);

    const mentions = await screen.findByRole('combobox', { name: 'Mentions of you' });
    expect(mentions).toHaveValue('EMAIL');
    expect(screen.getByRole('combobox', { name: 'Replies to your posts' })).toHaveValue('DIGEST');
    await user.selectOptions(mentions, 'In my daily email');

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('form-success')).toHaveTextContent('Saved: Mentions of you — In my daily email.');
    expect(mentions).toHaveValue('DIGEST');
  });

  it('says when a choice could not be saved', async () => {
    const user = userEvent.setup();
    renderApp('/account/notifications', [
      meMock(aPerson()),
      { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: [preference('MENTION', 'EMAIL')] } } },
      {
        request: { query: SetNotificationPreferenceMutation, variables: { input: { kind: 'MENTION', delivery: 'OFF' } } },
        result: { errors: [{ message: 'Sign in to do that.', extensions: { code: 'UNAUTHENTICATED' } }] },
      },
    ]);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Mentions of you' }), 'Off');
    expect(await screen.findByTestId('form-error')).toBeInTheDocument();
  });

  it('sends someone signed out to sign in first', async () => {
    renderApp('/account/notifications', [meMock(null)]);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?next=%2Faccount%2Fnotifications'));
  });
});
