import { useMutation, useQuery } from '@apollo/client/react';
import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationDelivery, NotificationKind } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useErrorText } from '../../../ui/use-error-text';
import { NotificationPreferencesQuery } from '../graphql/notification-preferences.query';
import { SetNotificationPreferenceMutation } from '../graphql/set-notification-preference.mutation';

const DELIVERIES: NotificationDelivery[] = ['EMAIL', 'DIGEST', 'IN_APP', 'OFF'];

/** One choice per kind of notification; each change is saved at once and said so. */
export function NotificationPreferences() {
  const { t } = useTranslation('accounts');
  const errorText = useErrorText();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery);
  const [setPreference] = useMutation(SetNotificationPreferenceMutation);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  if (loading && !data) return <LoadingState />;
  if (error || !data) return <ErrorState onRetry={() => void refetch()} />;

  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setStatus(null);
    try {
      await setPreference({ variables: { input: { kind, delivery } } });
      setStatus({
        tone: 'success',
        message: t('account.notifications.saved', {
          kind: t(`account.notifications.kinds.${kind}`),
          delivery: t(`account.notifications.deliveries.${delivery}`),
        }),
      });
    } catch (failure) {
      setStatus({ tone: 'error', message: errorText(failure) });
    }
  };

  return (
    <Stack gap="md" data-testid="notification-preferences">
      <FormAlert tone={status?.tone} message={status?.message} />
      {data.notificationPreferences.map((preference) => (
        <NativeSelect
          key={preference.kind}
          label={t(`account.notifications.kinds.${preference.kind}`)}
          value={preference.delivery}
          onChange={(event) => void choose(preference.kind, event.currentTarget.value as NotificationDelivery)}
          data={DELIVERIES.map((delivery) => ({ value: delivery, label: t(`account.notifications.deliveries.${delivery}`) }))}
        />
      ))}
      <Text size="sm" c="dimmed">
        {t('account.notifications.digestHint')}
      </Text>
    </Stack>
  );
}
