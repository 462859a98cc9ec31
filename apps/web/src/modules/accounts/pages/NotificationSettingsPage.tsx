import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { routes } from '../../../app/routes';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { NotificationPreferences } from '../components/NotificationPreferences';
import { useCurrentPerson } from '../hooks/use-current-person';

/** How Weave tells you of each kind of thing: in the app, by email at once, in a daily digest, or not at all. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('account.notifications.title'));
  const { person, loading, error, refetch } = useCurrentPerson();

  if (!loading && !error && !person) return <Navigate to={routes.signIn({ next: routes.accountNotifications() })} replace />;

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to={routes.account()} size="sm">
            {t('account.notifications.back')}
          </Anchor>
          <Title order={1} mt="xs">
            {t('account.notifications.title')}
          </Title>
          <Text mt="xs">{t('account.notifications.intro')}</Text>
        </div>
        {loading && <LoadingState />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {person && <NotificationPreferences />}
      </Stack>
    </Container>
  );
}
