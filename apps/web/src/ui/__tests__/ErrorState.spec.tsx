import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { GraphQLFormattedError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { theme } from '../../app/theme';
import { createI18n } from '../../i18n/i18n';
import { allMessages } from '../../test/messages';
import { ErrorState } from '../ErrorState';

const graphQLError = (error: GraphQLFormattedError) => new CombinedGraphQLErrors({ data: null, errors: [error] });

function renderIn(lng: 'en' | 'cy', error: unknown) {
  render(
    <I18nextProvider i18n={createI18n({ lng, preloaded: allMessages })}>
      <MantineProvider theme={theme}>
        <ErrorState error={error} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('alert');
}

describe('ErrorState (useErrorText: the one way the web words a server error)', () => {
  const lastFacilitator = graphQLError({
    message: 'A network always keeps at least one facilitator. Hand the role on to someone else first.',
    extensions: { code: 'CONFLICT', reason: 'LastFacilitator' },
  });

  it('words a reason the web knows in English and in Welsh', () => {
    expect(renderIn('en', lastFacilitator)).toHaveTextContent('A network always keeps at least one facilitator.');
  });

  it('words it in Welsh for a Welsh reader', () => {
    expect(renderIn('cy', lastFacilitator)).toHaveTextContent('Mae gan rwydwaith o leiaf un hwylusydd bob amser.');
  });

  it('puts extensions.detail into the words', () => {
    const capacity = graphQLError({
      message: 'Some of the details need another look.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'CapacityBelowRegistered', detail: '12', fields: { capacity: '12 people…' } },
    });
    expect(renderIn('cy', capacity)).toHaveTextContent('Mae gan 12 o bobl le eisoes');
  });

  it('falls back to the server’s message for a reason it does not know', () => {
    const unknown = graphQLError({ message: 'A brand new rule says no.', extensions: { code: 'CONFLICT', reason: 'BrandNewRule' } });
    expect(renderIn('cy', unknown)).toHaveTextContent('A brand new rule says no.');
  });

  it('says the connection failed when no GraphQL answer came back', () => {
    expect(renderIn('en', new TypeError('Failed to fetch'))).toHaveTextContent("We couldn't reach Weave.");
  });
});
