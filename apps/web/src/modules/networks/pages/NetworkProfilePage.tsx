import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NetworkQuery as NetworkQueryResult } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { NetworkBadges } from '../components/NetworkBadges';
import { NetworkDetails } from '../components/NetworkDetails';
import { NetworkNotFound } from '../components/NetworkNotFound';
import { ClaimNetworkNotice } from '../components/profile/ClaimNetworkNotice';
import { LifecycleTimeline } from '../components/profile/LifecycleTimeline';
import { NetworkConnections } from '../components/profile/NetworkConnections';
import { NetworkPeople } from '../components/profile/NetworkPeople';
import { NetworkQuery } from '../graphql/network.query';
import { ImpactSection } from '../../impact';
import { routes } from '../../../app/routes';

// The neighbourhood map (its query, table and sigma) loads after the rest of the profile, in its own chunks.
const NetworkNeighbourhood = lazy(() =>
  import('../components/profile/NetworkNeighbourhood').then((module) => ({ default: module.NetworkNeighbourhood })),
);

function Prose({ id, title, hint, text }: { id: string; title: string; hint: string; text: string }) {
  if (!text) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
    </Stack>
  );
}

function NetworkProfile({ network }: { network: NetworkQueryResult['network'] }) {
  const { t } = useTranslation('networks');
  usePageTitle(network.name);
  const isFacilitator = network.viewerRoles.includes('FACILITATOR');
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Anchor component={Link} to={routes.directory()} underline="always" size="sm">
          {t('networks.profile.backToDirectory')}
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={1}>{network.name}</Title>
          {isFacilitator && (
            <Button component={Link} to={routes.manageNetwork({ slug: network.slug })} variant="outline">
              {t('networks.profile.manage')}
            </Button>
          )}
        </Group>
        <NetworkBadges kind={network.kind} isClosed={network.isClosed} lifecycleStage={network.lifecycleStage} />
      </Stack>
      {!network.isClaimed && <ClaimNetworkNotice networkId={network.id} slug={network.slug} isFacilitator={isFacilitator} />}
      {network.isClosed && (
        <Alert color="gray" variant="light" title={t('networks.profile.closedTitle')} data-testid="network-closed">
          <Stack gap="xs">
            <Text size="sm">{t('networks.profile.closedBody')}</Text>
            {network.closingNote && (
              <>
                <Text size="sm" fw={700}>
                  {t('networks.profile.closingNoteTitle')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {network.closingNote}
                </Text>
              </>
            )}
          </Stack>
        </Alert>
      )}
      <Prose id="work-heading" title={t('networks.profile.work')} hint={t('networks.profile.workHint')} text={network.purpose} />
      <Prose id="soul-heading" title={t('networks.profile.soul')} hint={t('networks.profile.soulHint')} text={network.values} />
      {network.description && (
        <Stack gap={4} component="section" aria-labelledby="about-heading">
          <Title order={2} id="about-heading">
            {t('networks.profile.about')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{network.description}</Text>
        </Stack>
      )}
      <NetworkDetails network={network} />
      <NetworkConnections network={network} />
      <Suspense fallback={<LoadingState label={t('networks.map.loading')} />}>
        <NetworkNeighbourhood slug={network.slug} />
      </Suspense>
      <NetworkPeople network={network} />
      <Anchor component={Link} to={routes.asksOffers({ network: network.id })} underline="always" data-testid="network-asks-offers">
        {t('networks.profile.asksOffers')}
      </Anchor>
      <ImpactSection slug={network.slug} isCoalition={network.kind === 'COALITION'} />
      <LifecycleTimeline history={network.lifecycleHistory} />
    </Stack>
  );
}

export function NetworkProfilePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(NetworkQuery, { variables: { slug } });

  if (graphQLErrorCode(error) === 'NOT_FOUND') return <NetworkNotFound />;
  return (
    <Container size="md" py="xl">
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && <NetworkProfile network={data.network} />}
    </Container>
  );
}
