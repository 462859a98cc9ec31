import { useQuery } from '@apollo/client/react';
import { Box, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { routes } from '../../../../app/routes';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { DirectoryGraphQuery } from '../../graphql/directory-graph.query';
import { NetworkGraphQuery } from '../../graphql/network-graph.query';
import { exportLanguage } from '../../../../i18n/languages';
import { directoryGraphExportUrl, neighbourhoodExportUrl } from '../../utils/directory-export';
import { type DirectoryState, hasFilters, toDirectoryMatchVariables } from '../../utils/directory-params';
import { DirectoryNoMatches } from '../DirectoryNoMatches';
import { BridgingList } from './BridgingList';
import { GraphDownloads } from './GraphDownloads';
import { LazyNetworkMap } from './LazyNetworkMap';
import { MapFocus } from './MapFocus';
import { MapLegend } from './MapLegend';
import { mapSummary } from './map-summary';
import { NetworksInMapTable } from './NetworksInMapTable';

interface DirectoryMapProps {
  /** The directory's search and filters: the map shows the networks they pick out. */
  state: DirectoryState;
  onClearFilters: () => void;
}

/**
 * The networks the search and filters pick out and the ties among them; a search that finds one network
 * alone shows it with its neighbourhood (the networks it is tied to), centred.
 */
export function DirectoryMap({ state, onClearFilters }: DirectoryMapProps) {
  const { t, i18n } = useTranslation('networks');
  const navigate = useNavigate();
  const filtered = hasFilters(state);
  const narrowed = Boolean(state.search) || filtered;
  const matched = useQuery(DirectoryGraphQuery, { variables: toDirectoryMatchVariables(state), fetchPolicy: 'cache-and-network' });
  const found = matched.data?.directoryGraph;
  const single = found && state.search && found.nodeCount === 1 ? found.nodes[0] : null;
  const around = useQuery(NetworkGraphQuery, { variables: { slug: single?.slug ?? '', depth: 1 }, skip: !single });
  const [chosen, setChosen] = useState<string | null>(null);
  const openNetwork = useCallback((slug: string) => void navigate(routes.network({ slug })), [navigate]);

  const graph = single ? around.data?.networkGraph : found;
  const failed = single ? around : matched;
  if (!graph && !failed.error) return <LoadingState label={t('networks.map.loading')} />;
  if (!graph) return <ErrorState onRetry={() => void failed.refetch()} />;
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

  const focus = chosen ?? single?.id ?? null;
  const summary = mapSummary(t, graph);
  const lang = exportLanguage(i18n.language);
  return (
    <Stack gap="lg" component="section" aria-labelledby="map-heading">
      <div>
        <Title order={2} id="map-heading" fz="h3">
          {t('networks.map.title')}
        </Title>
        <Text data-testid="map-summary">{summary}</Text>
        {single && (
          <Text data-testid="map-single" fw={600}>
            {t('networks.map.singleMatch', { name: single.name })}
          </Text>
        )}
        {narrowed && graph.outsideTieCount > 0 && (
          <Text size="sm" data-testid="map-outside-ties">
            {t(single ? 'networks.map.outsideTiesFurther' : 'networks.map.outsideTies', { count: graph.outsideTieCount })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('networks.map.howTo')} {narrowed ? t('networks.map.scopeFiltered') : t('networks.map.scope')}
        </Text>
      </div>
      <MapFocus graph={graph} focus={focus} onFocus={setChosen} />
      {/* The map takes the column beside the filters; its key and bridges come under it, side by side where there is room. */}
      <LazyNetworkMap graph={graph} summary={summary} onOpenNetwork={openNetwork} focus={focus} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
        <MapLegend />
        <BridgingList graph={graph} />
      </SimpleGrid>
      {graph.isBetweennessEstimated && (
        <Text size="sm" c="dimmed">
          {t('networks.map.estimated')}
        </Text>
      )}
      <GraphDownloads
        fileName="weave-map"
        urlFor={(format) => (single ? neighbourhoodExportUrl(single.slug, 1, format, lang) : directoryGraphExportUrl(state, format, lang))}
      />
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
