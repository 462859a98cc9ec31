import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkCardFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../ui/dates';
import { placeText } from '../utils/place-text';
import { NetworkBadges } from './NetworkBadges';
import { ThemeList } from './ThemeList';
import { routes } from '../../../app/routes';

interface NetworkCardProps {
  network: NetworkCardFieldsFragment;
}

export function NetworkCard({ network }: NetworkCardProps) {
  const { t, i18n } = useTranslation('networks');
  const place = placeText(network.area, t);
  // A coalition's figures include its member networks'.
  const impactRoute = network.kind === 'COALITION' ? routes.coalitionImpact : routes.networkImpact;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={`network-${network.id}-name`}>
      <Stack gap="xs">
        <Title order={3} id={`network-${network.id}-name`} fz="h4">
          <Anchor component={Link} to={routes.network({ slug: network.slug })} underline="always" data-network-link>
            {network.name}
          </Anchor>
        </Title>
        <NetworkBadges kind={network.kind} isClosed={network.isClosed} />
        {network.purpose && <Text lineClamp={3}>{network.purpose}</Text>}
        <Group gap="md" c="dimmed">
          {place && <Text size="sm">{place}</Text>}
          <Text size="sm">
            {t('networks.memberCount', { count: network.memberCount, total: formatNumber(network.memberCount, i18n.language) })}
          </Text>
          <Text size="sm">{t('networks.listed', { date: formatDate(network.createdAt, i18n.language) })}</Text>
        </Group>
        <ThemeList themes={network.themes} label={t('networks.directory.themesLabel')} />
        {network.publishedImpact.length > 0 && (
          <Anchor component={Link} to={impactRoute({ slug: network.slug })} underline="always" size="sm" data-testid="impact-published">
            {t('networks.directory.impactPublished')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
