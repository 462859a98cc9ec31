import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Container, Grid, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { DirectoryResults } from '../components/DirectoryResults';
import { DirectorySearch } from '../components/DirectorySearch';
import { DirectoryToolbar } from '../components/DirectoryToolbar';
import { FacetFilters } from '../components/FacetFilters';
import { NetworksDirectoryQuery } from '../graphql/networks-directory.query';
import {
  type DirectoryState,
  effectiveSort,
  hasFilters,
  movedValues,
  parseDirectoryParams,
  toDirectoryParams,
  toDirectoryVariables,
  withFilterValues,
  withoutFilters,
} from '../utils/directory-params';
import { type DirectoryView, readDirectoryView, withDirectoryView } from '../utils/directory-view';
import { isNetworkSort, SORTS, sortLabel } from '../utils/network-enums';
import { routes } from '../../../app/routes';
import { formatNumber } from '../../../ui/dates';

// The map view (its query, finder, tables and sigma) loads only when someone opens it.
const DirectoryMap = lazy(() => import('../components/map/DirectoryMap').then((module) => ({ default: module.DirectoryMap })));

export function DirectoryPage() {
  const { t, i18n } = useTranslation('networks');
  usePageTitle(t('networks.directory.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseDirectoryParams(searchParams);
  const view = readDirectoryView(searchParams);
  // Each change is a new history entry, so the back button undoes it. A change applies to the address
  // last asked for, not to the one this render shows: while a navigation is still rendering (React
  // Router's transitions), a click acts on the page as it was — ticking Wales and at once choosing the
  // map showed the map of everywhere. Once the page shows something else (it caught up, or the back
  // button), that is the address again.
  const pending = useRef<{ from: string; to: URLSearchParams } | null>(null);
  const update = (change: (now: DirectoryState) => DirectoryState, nextView?: DirectoryView) => {
    const shown = searchParams.toString();
    const now = pending.current?.from === shown ? pending.current.to : searchParams;
    const next = withDirectoryView(toDirectoryParams(change(parseDirectoryParams(now))), nextView ?? readDirectoryView(now));
    pending.current = { from: shown, to: next };
    setSearchParams(next);
  };

  const { data, previousData, error, networkStatus, refetch, fetchMore } = useQuery(NetworksDirectoryQuery, {
    variables: toDirectoryVariables(state),
    // In the map view too: its facets stand beside the map (which has its own query for the ties).
    fetchPolicy: 'cache-and-network',
  });
  // Keep showing the last results (and the filters, with focus) while new ones load.
  const connection = (data ?? previousData)?.networks;
  const sort = effectiveSort(state);
  const sorts = SORTS.filter((option) => option !== 'RELEVANCE' || state.search);

  const totalText = connection
    ? t('networks.directory.total', { count: connection.totalCount, total: formatNumber(connection.totalCount, i18n.language) })
    : '';

  return (
    <Container size="lg" py="xl">
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap="xs" maw="40rem">
            <Title order={1}>{t('networks.directory.title')}</Title>
            <Text>{t('networks.directory.intro')}</Text>
          </Stack>
          <Button component={Link} to={routes.registerNetwork()}>
            {t('networks.directory.register')}
          </Button>
        </Group>
        <DirectoryToolbar state={state} view={view} onViewChange={(nextView) => update((now) => now, nextView)} />
        <DirectorySearch search={state.search} onSearch={(search) => update((now) => ({ ...now, search }))} />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            {/* The same filters beside the list and the map: ticking one changes what the map shows too. */}
            {connection && (
              <FacetFilters
                facets={connection.facets}
                filters={state.filters}
                onChange={(facet, values) =>
                  update((now) => withFilterValues(now, facet, movedValues(state.filters[facet], values, now.filters[facet])))
                }
                onClear={() => update(withoutFilters)}
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {view === 'map' ? (
              <Suspense fallback={<LoadingState label={t('networks.map.loading')} />}>
                <DirectoryMap state={state} onClearFilters={() => update(withoutFilters)} />
              </Suspense>
            ) : (
              <Stack gap="md" component="section" aria-labelledby="results-heading">
                <Group justify="space-between" align="flex-end" wrap="wrap">
                  <div>
                    <Title order={2} id="results-heading" fz="h3">
                      {t('networks.directory.resultsTitle')}
                    </Title>
                    {/* Always in the page, so the new count is announced when results change. */}
                    <Text role="status" aria-live="polite" data-testid="directory-total">
                      {totalText}
                    </Text>
                  </div>
                  <NativeSelect
                    label={t('networks.directory.sortLabel')}
                    name="sort"
                    value={sort}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      if (isNetworkSort(value)) update((now) => ({ ...now, sort: value }));
                    }}
                  >
                    {sorts.map((option) => (
                      <option key={option} value={option}>
                        {sortLabel(t, option)}
                      </option>
                    ))}
                  </NativeSelect>
                </Group>
                {!connection && !error && <LoadingState />}
                {error && !connection && <ErrorState onRetry={() => void refetch()} />}
                {connection && (
                  <DirectoryResults
                    networks={connection.edges.map((edge) => edge.node)}
                    hasMore={connection.pageInfo.hasNextPage}
                    loadingMore={networkStatus === NetworkStatus.fetchMore}
                    onShowMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                    filtered={hasFilters(state)}
                    onClearFilters={() => update(withoutFilters)}
                  />
                )}
              </Stack>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
