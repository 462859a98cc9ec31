import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { createCache } from '../app/apollo-cache';
import { AppRoutes } from '../app/AppRoutes';
import { cssVariablesResolver, theme } from '../app/theme';
import type { PersonFieldsFragment } from '../gql/graphql';
import { createI18n } from '../i18n/i18n';
import { allMessages } from './messages';
import { MeQuery } from '../modules/accounts/graphql/me.query';
import { InboxUpdatesSubscription } from '../modules/notifications/graphql/inbox-updates.subscription';

type Person = PersonFieldsFragment & { __typename: 'Person' };

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    __typename: 'Person',
    id: 'person-1',
    displayName: 'Ada Lovelace',
    pronouns: null,
    bio: null,
    locale: 'en',
    email: 'ada@example.org',
    emailVerified: true,
    hasPassword: true,
    isPlatformAdmin: false,
    ...overrides,
  };
}

export function meMock(person: Person | null): MockLink.MockedResponse {
  return {
    request: { query: MeQuery },
    result: { data: { me: person } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The header's bell subscribes whenever someone is signed in: an empty inbox unless a test says otherwise (its mocks come first). */
const quietInbox: MockLink.MockedResponse = {
  request: { query: InboxUpdatesSubscription },
  result: { data: { inboxUpdates: { __typename: 'InboxUpdate', unreadCount: 0, latest: null } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Shows the current path and query string, so tests can check what the URL became. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  return (
    <output data-testid="location" hidden>
      {pathname + search}
    </output>
  );
}

/** The whole app (routes, layout, providers) at `route`, over mocked GraphQL. */
export function renderApp(route: string, mocks: ReadonlyArray<MockLink.MockedResponse>) {
  const i18n = createI18n({ lng: 'en', preloaded: allMessages });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <MockedProvider mocks={[...mocks, quietInbox]} cache={createCache()}>
          <MemoryRouter initialEntries={[route]}>
            <AppRoutes />
            <LocationProbe />
          </MemoryRouter>
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n };
}

/** One component with the app's providers (no routes), over mocked GraphQL. */
export function renderUi(ui: React.ReactElement, mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  const i18n = createI18n({ lng: 'en', preloaded: allMessages });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <MockedProvider mocks={mocks} cache={createCache()}>
          <MemoryRouter>{ui}</MemoryRouter>
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
