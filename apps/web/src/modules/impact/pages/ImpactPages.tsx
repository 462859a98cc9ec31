import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { ImpactView } from '../components/ImpactView';
import { CoalitionImpactQuery, GatheringImpactQuery, NetworkImpactQuery } from '../graphql/impact.queries';
import type { Impact } from '../utils/impact-figures';

interface Answer {
  data?: { impact: Impact; networkId?: string };
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
}

function NotFound() {
  const { t } = useTranslation('impact');
  return (
    <Stack gap="sm">
      <Title order={1}>{t('impact.notFoundTitle')}</Title>
      <Text>{t('impact.notFoundBody')}</Text>
    </Stack>
  );
}

function ImpactPageShell({ answer }: { answer: Answer }) {
  const { data, loading, error, refetch } = answer;
  return (
    <Container size="lg" py="xl">
      {graphQLErrorCode(error) === 'NOT_FOUND' ? (
        <NotFound />
      ) : (
        <>
          {loading && !data && <LoadingState />}
          {error !== undefined && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
          {data && <ImpactView impact={data.impact} networkId={data.networkId} onPublished={() => void refetch()} />}
        </>
      )}
    </Container>
  );
}

/** A gathering and its follow-ups: one period per gathering. */
export function GatheringImpactPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GatheringImpactQuery, { variables: { slug } });
  return <ImpactPageShell answer={{ data: data && { impact: data.gatheringImpact }, loading, error, refetch }} />;
}

/** One network, per quarter; its facilitators choose here what it publishes. */
export function NetworkImpactPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(NetworkImpactQuery, { variables: { slug } });
  return <ImpactPageShell answer={{ data: data && { impact: data.networkImpact, networkId: data.network.id }, loading, error, refetch }} />;
}

/** A coalition with its member networks, per quarter. */
export function CoalitionImpactPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoalitionImpactQuery, { variables: { slug } });
  return (
    <ImpactPageShell answer={{ data: data && { impact: data.coalitionImpact, networkId: data.network.id }, loading, error, refetch }} />
  );
}
