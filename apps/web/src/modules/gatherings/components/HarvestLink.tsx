import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { routes } from '../../../app/routes';

/** From the gathering page to its harvest: for conveners always (to write it), for everyone once the day has begun. */
export function HarvestLink({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  if (!gathering.viewerIsConvener && gathering.status !== 'LIVE' && gathering.status !== 'CLOSED') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="harvest-link-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="harvest-link-heading" fz="h3">
          {t('gatherings.page.harvestTitle')}
        </Title>
        <Text>{gathering.viewerIsConvener ? t('gatherings.page.harvestHintConvener') : t('gatherings.page.harvestHint')}</Text>
        <Button component={Link} to={routes.gatheringHarvest({ slug: gathering.slug })} variant="default" data-testid="harvest-link">
          {t('gatherings.page.harvestOpen')}
        </Button>
      </Stack>
    </Paper>
  );
}
