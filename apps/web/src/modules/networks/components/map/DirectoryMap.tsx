import { useQuery } from '@apollo/client/react';
import type { DirectoryGraphQueryVariables } from '../../../../gql/graphql';
import { Anchor, Box, Button, Grid, List, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { DirectoryGraphQuery } from '../../graphql/directory-graph.query';
import { bridgingNetworks, type GraphData } from '../../utils/network-map-style';
import { DirectoryNoMatches } from '../DirectoryNoMatches';
import { MapLegend } from './MapLegend';
import { NetworksInMapTable } from './NetworksInMapTable';
import { routes } from '../../../../app/routes';

// sigma and graphology are only fetched when someone opens the map.
const NetworkMap = lazy(() => import('./NetworkMap').then((module) => ({ default: module.NetworkMap })));

// A large directory has scores of bridges; the table lists them all.
const BRIDGES_SHOWN = 10;

function BridgingList({ graph }: { graph: GraphData }) {
  const { t } = useTranslation();
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

interface DirectoryMapProps {
  /** The directory's search and filters: the map shows the networks they pick out. */
  variables: DirectoryGraphQueryVariables;
  filtered: boolean;
  onClearFilters: () => void;
}

export function DirectoryMap({ variables, filtered, onClearFilters }: DirectoryMapProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(DirectoryGraphQuery, { variables, fetchPolicy: 'cache-and-network' });
  const narrowed = Boolean(variables.search) || filtered;
  const openNetwork = useCallback((slug: string) => void navigate(routes.network({ slug })), [navigate]);
  const graph = data?.directoryGraph;

  if (!graph && loading) return <LoadingState label={t('networks.map.loading')} />;
  if (!graph) return <ErrorState onRetry={error ? () => void refetch() : undefined} />;
  if (graph.nodeCount === 0 && narrowed) {
    return <DirectoryNoMatches filtered={filtered} onClearFilters={onClearFilters} testId="map-empty" />;
  }
  if (graph.nodeCount === 0) {
    return (
      <Stack gap="sm" align="flex-start" data-testid="map-empty">
        <Title order={3}>{t('networks.map.emptyTitle')}</Title>
        <Text>{t('networks.map.emptyBody')}</Text>
        <Button component={Link} to={routes.registerNetwork()} variant="outline">
          {t('networks.directory.register')}
        </Button>
      </Stack>
    );
  }

  const bridges = graph.nodes.filter((node) => node.isBridge).length;
  const summary = t('networks.map.summary', {
    networks: t('networks.map.networkCount', { count: graph.nodeCount }),
    ties: t('networks.map.tieCount', { count: graph.edgeCount }),
    bridges: t('networks.map.bridgeCount', { count: bridges }),
  });

  return (
    <Stack gap="lg" component="section" aria-labelledby="map-heading">
      <div>
        <Title order={2} id="map-heading" fz="h3">
          {t('networks.map.title')}
        </Title>
        <Text data-testid="map-summary">{summary}</Text>
        <Text size="sm" c="dimmed">
          {t('networks.map.howTo')} {narrowed ? t('networks.map.scopeFiltered') : t('networks.map.scope')}
        </Text>
      </div>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Suspense fallback={<LoadingState label={t('networks.map.loading')} />}>
            <NetworkMap graph={graph} summary={summary} onOpenNetwork={openNetwork} />
          </Suspense>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="lg">
            <MapLegend />
            <BridgingList graph={graph} />
          </Stack>
        </Grid.Col>
      </Grid>
      {graph.isBetweennessEstimated && (
        <Text size="sm" c="dimmed">
          {t('networks.map.estimated')}
        </Text>
      )}
      <Box component="details" data-testid="networks-in-map-details">
        <Box component="summary" style={{ cursor: 'pointer' }}>
          <Text span fw={600}>
            {t('networks.map.tableTitle', { count: graph.nodeCount })}
          </Text>
        </Box>
        <Box mt="sm">
          <NetworksInMapTable nodes={graph.nodes} />
        </Box>
      </Box>
    </Stack>
  );
}
