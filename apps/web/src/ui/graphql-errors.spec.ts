import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { toFormErrors, type FriendlyErrorKey } from './graphql-errors';

const translate = (key: FriendlyErrorKey) => `t:${key}`;

function graphQLErrors(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('toFormErrors', () => {
  it('puts field messages from BAD_USER_INPUT on their fields, without a general message', () => {
    const error = graphQLErrors({
      message: 'Choose a password you have not just been using.',
      extensions: { code: 'BAD_USER_INPUT', fields: { newPassword: 'This is the same as your current password.' } },
    });
    expect(toFormErrors(error, { translate })).toEqual({
      fields: { newPassword: 'This is the same as your current password.' },
    });
  });

  it('puts field messages from CONFLICT on their fields', () => {
    const error = graphQLErrors({
      message: 'An account with this email already exists.',
      extensions: { code: 'CONFLICT', fields: { email: 'An account with this email already exists.' } },
    });
    expect(toFormErrors(error, { translate }).fields).toEqual({
      email: 'An account with this email already exists.',
    });
  });

  it('sends messages for fields the form does not show to the general message', () => {
    const error = graphQLErrors({
      message: 'Invalid input.',
      extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Bad email.', captcha: 'Try again.' } },
    });
    expect(toFormErrors(error, { translate, knownFields: ['email'] })).toEqual({
      fields: { email: 'Bad email.' },
      message: 'Try again.',
    });
  });

  it('uses the server message for errors without fields', () => {
    const error = graphQLErrors({
      message: 'That email and password do not match an account.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(toFormErrors(error, { translate })).toEqual({
      fields: {},
      message: 'That email and password do not match an account.',
    });
  });

  it('ignores field maps on codes that are not about input', () => {
    const error = graphQLErrors({
      message: 'Not allowed.',
      extensions: { code: 'FORBIDDEN', fields: { email: 'ignored' } },
    });
    expect(toFormErrors(error, { translate })).toEqual({ fields: {}, message: 'Not allowed.' });
  });

  it('translates TOO_MANY_REQUESTS and hides internal error text', () => {
    const error = graphQLErrors(
      { message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } },
      { message: 'db exploded', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
    expect(toFormErrors(error, { translate }).message).toBe('t:errors.tooManyRequests t:errors.unexpected');
  });

  it('gives a friendly message for network failures', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'), { translate })).toEqual({
      fields: {},
      message: 't:errors.network',
    });
  });

  it('treats an HTTP 429 as too many requests', () => {
    // jsdom has no fetch Response; ServerError only reads its status.
    const response = { status: 429 } as Response;
    const error = new ServerError('Too Many Requests', { response, bodyText: '' });
    expect(toFormErrors(error, { translate }).message).toBe('t:errors.tooManyRequests');
  });
});
