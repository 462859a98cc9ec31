import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../../app/routes';
import { bridgingNetworks, type GraphData } from '../../utils/network-map-style';

// A large directory has scores of bridges; the table lists them all.
const BRIDGES_SHOWN = 10;

export function BridgingList({ graph }: { graph: GraphData }) {
  const { t } = useTranslation('networks');
  const all = bridgingNetworks(graph.nodes);
  const bridges = all.slice(0, BRIDGES_SHOWN);
  return (
    <Stack gap="xs" component="section" aria-labelledby="bridging-heading">
      <Title order={3} fz="h5" id="bridging-heading">
        {t('networks.map.bridgesTitle')}
      </Title>
      <Text size="sm">{t('networks.map.bridgesHint')}</Text>
      {bridges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('networks.map.bridgesNone')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="bridging-networks">
          {bridges.map((node) => (
            <List.Item key={node.id}>
              <Anchor component={Link} to={routes.network({ slug: node.slug })}>
                {node.name}
              </Anchor>{' '}
              {t('networks.map.ties', { count: node.degree })}
            </List.Item>
          ))}
        </List>
      )}
      {all.length > bridges.length && (
        <Text size="sm" c="dimmed" data-testid="bridging-more">
          {t('networks.map.bridgesMore', { count: all.length - bridges.length })}
        </Text>
      )}
    </Stack>
  );
}
