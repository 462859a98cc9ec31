import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Gives each page its own document title, so tabs and screen readers can tell pages apart. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [t, title]);
}
