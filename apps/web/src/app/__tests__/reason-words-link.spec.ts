import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { parse } from 'graphql';
import { of } from 'rxjs';
import { createI18n } from '../../i18n/i18n';
import { errorText } from '../../ui/graphql-errors';
import { reasonWordsLink } from '../apollo';

// Parsed, not a gql tag: codegen reads tagged documents for the app's own operations.
const RoomQuery = parse('query Room { room { id } }');

/** A client whose server answers every operation with `result`. */
function clientAnswering(result: ApolloLink.Result) {
  const server = new ApolloLink(() => of(result));
  return new ApolloClient({ link: ApolloLink.from([reasonWordsLink, server]), cache: new InMemoryCache() });
}

const roomFull = { data: null, errors: [{ message: 'This room is full.', extensions: { code: 'CONFLICT', reason: 'RoomFull' } }] };

// The words for the API's refusals come with the first refusal, not with any page.
describe('reasonWordsLink', () => {
  it('brings the words for a refusal before the page reads it', async () => {
    const i18n = createI18n({ lng: 'en' });
    expect(i18n.hasResourceBundle('en', 'reasons')).toBe(false);

    const error = await clientAnswering(roomFull)
      .query({ query: RoomQuery })
      .catch((caught: unknown) => caught);

    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(i18n.hasResourceBundle('en', 'reasons')).toBe(true);
    expect(errorText(error, i18n.t)).not.toBe('This room is full.');
    expect(errorText(error, i18n.t)).toBe(i18n.t('reasons.RoomFull'));
  });

  it('brings them in the reader’s language', async () => {
    const i18n = createI18n({ lng: 'en' });
    await i18n.changeLanguage('cy');

    const error = await clientAnswering(roomFull)
      .query({ query: RoomQuery })
      .catch((caught: unknown) => caught);

    expect(i18n.hasResourceBundle('cy', 'reasons')).toBe(true);
    expect(errorText(error, i18n.t)).toBe(i18n.getFixedT('cy', 'reasons')('reasons.RoomFull'));
  });

  it('downloads nothing while the API says yes', async () => {
    const i18n = createI18n({ lng: 'en' });
    await clientAnswering({ data: { room: { __typename: 'Room', id: 'r-1' } } }).query({ query: RoomQuery });
    expect(i18n.hasResourceBundle('en', 'reasons')).toBe(false);
  });
});
