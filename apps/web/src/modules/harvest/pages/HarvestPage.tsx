import { useQuery } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { FeedbackLink } from '../../feedback';
import { GatheringGate } from '../../gatherings';
import { HarvestEditor } from '../components/HarvestEditor';
import { HarvestView } from '../components/HarvestView';
import { HarvestQuery } from '../graphql/harvest.query';
import { routes } from '../../../app/routes';

function Harvest({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('harvest');
  usePageTitle(t('harvest.title', { title: gathering.title }));
  const { data, loading, error, refetch } = useQuery(HarvestQuery, {
    variables: { gatheringId: gathering.id },
    fetchPolicy: 'cache-and-network',
  });
  const harvest = data?.harvest;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('harvest.title', { title: gathering.title })}</Title>
        <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always" className="no-print">
          {t('harvest.back')}
        </Anchor>
      </div>
      <FeedbackLink gatheringId={gathering.id} slug={gathering.slug} closed={gathering.status === 'CLOSED'} />
      <Anchor
        component={Link}
        to={routes.gatheringImpact({ slug: gathering.slug })}
        underline="always"
        className="no-print"
        data-testid="impact-link"
      >
        {t('links.impact')}
      </Anchor>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && !harvest && <Text data-testid="harvest-none">{t('harvest.none')}</Text>}
      {harvest?.viewerMayEdit && <HarvestEditor harvest={harvest} onChanged={() => void refetch()} />}
      {harvest?.viewerMayEdit && (
        <Title order={2} className="no-print">
          {t('harvest.preview')}
        </Title>
      )}
      {harvest && <HarvestView harvest={harvest} timeZone={gathering.timeZone} />}
    </Stack>
  );
}

/** /gatherings/:slug/harvest — the conveners' editor and preview; for readers, the published harvest. */
export function HarvestPage() {
  return (
    <Container size="lg" py="xl">
      <GatheringGate>{({ gathering }) => <Harvest gathering={gathering} />}</GatheringGate>
    </Container>
  );
}
