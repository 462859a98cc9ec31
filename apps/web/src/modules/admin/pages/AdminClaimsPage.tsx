import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { formatDate } from '../../../ui/dates';
import { DecideNetworkClaimMutation } from '../graphql/decide-network-claim.mutation';
import { PendingNetworkClaimsQuery } from '../graphql/pending-network-claims.query';
import { routes } from '../../../app/routes';

function PendingClaims() {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(PendingNetworkClaimsQuery, { fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DecideNetworkClaimMutation, { refetchQueries: ['PendingNetworkClaims'], awaitRefetchQueries: true });
  const actions = useActionStatus();

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const claims = data?.pendingNetworkClaims ?? [];
  return (
    <Stack gap="md">
      <ActionStatusAlert status={actions.status} />
      {claims.length === 0 && <Text c="dimmed">{t('admin.claims.none')}</Text>}
      {claims.map((claim) => {
        const names = { name: claim.claimantName, network: claim.network.name };
        const run = (approve: boolean) =>
          void actions.run(
            `${claim.id}-${approve ? 'approve' : 'decline'}`,
            () => decide({ variables: { input: { claimId: claim.id, approve } } }),
            approve ? t('admin.claims.approved', names) : t('admin.claims.declined', names),
          );
        return (
          <Card key={claim.id} withBorder component="article" aria-labelledby={`claim-${claim.id}`}>
            <Stack gap="xs">
              <Title order={2} fz="h4" id={`claim-${claim.id}`}>
                <Anchor component={Link} to={routes.network({ slug: claim.network.slug })} underline="always">
                  {claim.network.name}
                </Anchor>
              </Title>
              <Text size="sm">
                {t('admin.claims.by', {
                  name: claim.claimantName,
                  email: claim.claimantEmail,
                  date: formatDate(claim.createdAt, i18n.language),
                })}
              </Text>
              <Text style={{ whiteSpace: 'pre-line' }}>{claim.message}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  loading={actions.pending === `${claim.id}-approve`}
                  aria-label={t('admin.claims.approveLabel', names)}
                  onClick={() => run(true)}
                >
                  {t('admin.claims.approve')}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  loading={actions.pending === `${claim.id}-decline`}
                  aria-label={t('admin.claims.declineLabel', names)}
                  onClick={() => run(false)}
                >
                  {t('admin.claims.decline')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

export function AdminClaimsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('admin.claims.title'));
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.adminClaims() })} replace />;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('admin.claims.title')}</Title>
          <Text mt="xs">{t('admin.claims.intro')}</Text>
        </div>
        {loading && <LoadingState />}
        {person && !person.isPlatformAdmin && <Text>{t('admin.claims.forbidden')}</Text>}
        {person?.isPlatformAdmin && <PendingClaims />}
      </Stack>
    </Container>
  );
}
