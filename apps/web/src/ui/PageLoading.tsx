import { useTranslation } from 'react-i18next';
import { LoadingState } from './LoadingState';

/** What a route shows while its code downloads (pages are loaded per route: see lazy-page.ts). */
export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('status.loadingPage')} />;
}
