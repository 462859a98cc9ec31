import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, theme } from './theme';

interface AppProps {
  client: ApolloClient;
  i18n: I18n;
}

export function App({ client, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <ApolloProvider client={client}>
          <BrowserRouter>
            {/* A reader of Welsh first waits for its messages (downloaded on demand: i18n.ts), a moment. */}
            <Suspense fallback={null}>
              <AppRoutes />
            </Suspense>
          </BrowserRouter>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
