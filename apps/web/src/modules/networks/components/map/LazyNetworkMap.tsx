import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../../ui/LoadingState';
import type { NetworkMapProps } from './NetworkMap';

// sigma and graphology are only fetched when a map is shown, never with the page that holds it.
const NetworkMap = lazy(() => import('./NetworkMap').then((module) => ({ default: module.NetworkMap })));

/** The map, fetched on first use; a loading note until then. */
export function LazyNetworkMap(props: NetworkMapProps) {
  const { t } = useTranslation('networks');
  return (
    <Suspense fallback={<LoadingState label={t('networks.map.loading')} />}>
      <NetworkMap {...props} />
    </Suspense>
  );
}
