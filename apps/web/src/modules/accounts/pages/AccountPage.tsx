import { Anchor, Container, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { SetPasswordForm } from '../components/SetPasswordForm';
import { NetworkInvitations } from '../components/NetworkInvitations';
import { ProfileForm } from '../components/ProfileForm';
import { SignOutSection } from '../components/SignOutSection';
import { useCurrentPerson } from '../hooks/use-current-person';
import { routes } from '../../../app/routes';

export function AccountPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('account.title'));
  const { person, loading, error, refetch } = useCurrentPerson();

  if (!loading && !error && !person) return <Navigate to={routes.signIn({ next: routes.account() })} replace />;

  return (
    <Container size="sm" py="xl">
      <Stack gap="xl">
        <div>
          <Title order={1}>{t('account.title')}</Title>
          {person?.email && <Text mt="xs">{t('account.signedInEmail', { email: person.email })}</Text>}
          {person && (
            <Anchor component={Link} to={routes.accountNotifications()} mt="xs" display="inline-block">
              {t('account.notifications.link')}
            </Anchor>
          )}
        </div>
        {loading && <LoadingState />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {person && (
          <>
            <NetworkInvitations />
            <Divider />
            <ProfileForm key={person.id} person={person} />
            <Divider />
            {person.hasPassword === false ? <SetPasswordForm /> : <ChangePasswordForm />}
            <Divider />
            <SignOutSection />
          </>
        )}
      </Stack>
    </Container>
  );
}
