import { useQuery } from '@apollo/client/react';
import { Box, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routes } from '../../../../app/routes';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { NetworkGraphQuery } from '../../graphql/network-graph.query';
import { exportLanguage } from '../../../../i18n/languages';
import { neighbourhoodExportUrl } from '../../utils/directory-export';
import { GraphDownloads } from '../map/GraphDownloads';
import { LazyNetworkMap } from '../map/LazyNetworkMap';
import { MapLegend } from '../map/MapLegend';
import { mapSummary } from '../map/map-summary';
import { TiesTable } from '../map/TiesTable';

const DEPTHS = ['1', '2'] as const;

/** A network's own map: the networks it is tied to (and theirs, a step further), centred on it, with its ties in words. */
export function NetworkNeighbourhood({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('networks');
  const navigate = useNavigate();
  const [depth, setDepth] = useState(1);
  const { data, error, refetch } = useQuery(NetworkGraphQuery, { variables: { slug, depth } });
  const openNetwork = useCallback((to: string) => void navigate(routes.network({ slug: to })), [navigate]);
  const graph = data?.networkGraph;
  const centre = graph?.nodes.find((node) => node.slug === slug);
  const lang = exportLanguage(i18n.language);

  let body;
  if (!graph && !error) body = <LoadingState label={t('networks.map.loading')} />;
  else if (!graph) body = <ErrorState onRetry={() => void refetch()} />;
  else if (graph.edgeCount === 0) {
    body = (
      <Text c="dimmed" data-testid="neighbourhood-empty">
        {t('networks.neighbourhood.empty')}
      </Text>
    );
  } else {
    const summary = mapSummary(t, graph);
    body = (
      <Stack gap="md">
        <Text data-testid="neighbourhood-summary">{summary}</Text>
        {graph.outsideTieCount > 0 && (
          <Text size="sm" c="dimmed">
            {t('networks.map.outsideTiesFurther', { count: graph.outsideTieCount })}
          </Text>
        )}
        <LazyNetworkMap graph={graph} summary={summary} onOpenNetwork={openNetwork} focus={centre?.id ?? null} />
        <MapLegend />
        <Box component="details" data-testid="neighbourhood-ties-details">
          <Box component="summary" style={{ cursor: 'pointer' }}>
            <Text span fw={600}>
              {t('networks.neighbourhood.tiesTitle', { count: graph.edgeCount })}
            </Text>
          </Box>
          <Box mt="sm">
            <TiesTable graph={graph} testId="neighbourhood-ties" />
          </Box>
        </Box>
        <GraphDownloads fileName={`weave-${slug}`} urlFor={(format) => neighbourhoodExportUrl(slug, depth, format, lang)} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="neighbourhood-heading" data-testid="network-neighbourhood">
      <Title order={2} id="neighbourhood-heading">
        {t('networks.neighbourhood.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('networks.neighbourhood.hint')}
      </Text>
      <SegmentedControl
        aria-label={t('networks.neighbourhood.depthLabel')}
        name="depth"
        value={String(depth)}
        onChange={(value) => setDepth(Number(value))}
        data={DEPTHS.map((value) => ({ value, label: t(`networks.neighbourhood.depth${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {body}
    </Stack>
  );
}
