import { Box, Container, Text } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { VerifyEmailBanner } from '../../modules/accounts';
import { PageLoading } from '../../ui/PageLoading';
import { AppHeader } from './AppHeader';

export const MAIN_CONTENT_ID = 'main-content';

// After client-side navigation, start screen readers and keyboard users at
// the new page's content rather than wherever focus was left.
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}

export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useFocusMainOnNavigate();
  return (
    <Box style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} ref={mainRef} style={{ flex: 1, outline: 'none' }}>
        <VerifyEmailBanner />
        {/* Each page's code loads when its route is first shown. */}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Box>
      <Box component="footer" py="md" style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
        <Container size="lg">
          <Text size="sm" c="gray.8">
            {t('app.footer')}
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
