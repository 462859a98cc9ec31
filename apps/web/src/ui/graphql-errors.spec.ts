import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';
import { errorText, graphQLErrorReason, toFormErrors } from './graphql-errors';

// Shows which key was asked for (and the detail it was given) instead of the words; a reason without
// words (a new one, or a detail its wording has no place for) gives the default, as i18next does.
const worded = new Set(['reasons.RoomFull', 'reasons.CellTaken', 'reasons.CellTaken_detail', 'reasons.EndBeforeStart']);
const t = ((key: string, options?: { detail?: string; defaultValue?: string }) => {
  if (key.startsWith('reasons.') && !worded.has(key)) return options?.defaultValue;
  return options?.detail ? `t:${key}(${options.detail})` : `t:${key}`;
}) as unknown as TFunction;

function graphQLErrors(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('toFormErrors', () => {
  it('puts field messages from BAD_USER_INPUT on their fields, without a general message', () => {
    const error = graphQLErrors({
      message: 'Choose a password you have not just been using.',
      extensions: { code: 'BAD_USER_INPUT', fields: { newPassword: 'This is the same as your current password.' } },
    });
    expect(toFormErrors(error, { t })).toEqual({
      fields: { newPassword: 'This is the same as your current password.' },
    });
  });

  it('puts field messages from CONFLICT on their fields', () => {
    const error = graphQLErrors({
      message: 'An account with this email already exists.',
      extensions: { code: 'CONFLICT', fields: { email: 'An account with this email already exists.' } },
    });
    expect(toFormErrors(error, { t }).fields).toEqual({
      email: 'An account with this email already exists.',
    });
  });

  it('sends messages for fields the form does not show to the general message', () => {
    const error = graphQLErrors({
      message: 'Invalid input.',
      extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Bad email.', captcha: 'Try again.' } },
    });
    expect(toFormErrors(error, { t, knownFields: ['email'] })).toEqual({
      fields: { email: 'Bad email.' },
      message: 'Try again.',
    });
  });

  it('uses the server message for errors without fields', () => {
    const error = graphQLErrors({
      message: 'That email and password do not match an account.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(toFormErrors(error, { t })).toEqual({
      fields: {},
      message: 'That email and password do not match an account.',
    });
  });

  it('ignores field maps on codes that are not about input', () => {
    const error = graphQLErrors({
      message: 'Not allowed.',
      extensions: { code: 'FORBIDDEN', fields: { email: 'ignored' } },
    });
    expect(toFormErrors(error, { t })).toEqual({ fields: {}, message: 'Not allowed.' });
  });

  it('translates TOO_MANY_REQUESTS and hides internal error text', () => {
    const error = graphQLErrors(
      { message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } },
      { message: 'db exploded', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    );
    expect(toFormErrors(error, { t }).message).toBe('t:errors.tooManyRequests t:errors.unexpected');
  });

  it('gives a friendly message for network failures', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'), { t })).toEqual({
      fields: {},
      message: 't:errors.network',
    });
  });

  it('treats an HTTP 429 as too many requests', () => {
    // jsdom has no fetch Response; ServerError only reads its status.
    const response = { status: 429 } as Response;
    const error = new ServerError('Too Many Requests', { response, bodyText: '' });
    expect(toFormErrors(error, { t }).message).toBe('t:errors.tooManyRequests');
  });

  it('tells people to try again shortly while the API answers 503 (its database is away)', () => {
    const response = { status: 503 } as Response;
    const body = '{"errors":[{"message":"Weave cannot reach its database just now.","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}';
    expect(toFormErrors(new ServerError('Service Unavailable', { response, bodyText: body }), { t }).message).toBe(
      't:errors.serviceUnavailable',
    );
    const error = graphQLErrors({ message: 'Weave cannot reach its database just now.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(toFormErrors(error, { t }).message).toBe('t:errors.serviceUnavailable');
  });

  it('words a reason the web knows instead of the server message', () => {
    const error = graphQLErrors({ message: 'This room is full.', extensions: { code: 'CONFLICT', reason: 'RoomFull' } });
    expect(toFormErrors(error, { t })).toEqual({ fields: {}, message: 't:reasons.RoomFull' });
  });

  it('words the reason without the detail when its wording has no place for one', () => {
    const error = graphQLErrors({ message: 'Full.', extensions: { code: 'CONFLICT', reason: 'RoomFull', detail: 'Great Hall' } });
    expect(toFormErrors(error, { t }).message).toBe('t:reasons.RoomFull');
  });

  it('words the detail when the reason has a place for it, and without it when not sent', () => {
    const taken = (detail?: string) =>
      graphQLErrors({ message: 'Taken.', extensions: { code: 'CONFLICT', reason: 'CellTaken', ...(detail ? { detail } : {}) } });
    expect(toFormErrors(taken('Seed swaps'), { t }).message).toBe('t:reasons.CellTaken_detail(Seed swaps)');
    expect(toFormErrors(taken(), { t }).message).toBe('t:reasons.CellTaken');
  });

  it('puts a worded reason on the fields the server named', () => {
    const error = graphQLErrors({
      message: 'Some of the details need another look.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'EndBeforeStart', fields: { endsAt: 'The end must be after the start.' } },
    });
    expect(toFormErrors(error, { t, knownFields: ['endsAt'] })).toEqual({ fields: { endsAt: 't:reasons.EndBeforeStart' } });
  });

  it('keeps the server message for a reason the web does not know', () => {
    const error = graphQLErrors({ message: 'Something new.', extensions: { code: 'CONFLICT', reason: 'SomethingNew' } });
    expect(toFormErrors(error, { t }).message).toBe('Something new.');
  });
});

describe('errorText', () => {
  it('gives one text with the message and the field messages, each once', () => {
    const error = graphQLErrors({
      message: 'Those dates do not work.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'EndBeforeStart', fields: { startsAt: 'x', endsAt: 'y' } },
    });
    expect(errorText(error, t)).toBe('t:reasons.EndBeforeStart');
  });

  it('falls back to the unexpected-error text', () => {
    expect(errorText(graphQLErrors(), t)).toBe('t:errors.unexpected');
  });
});

describe('graphQLErrorReason', () => {
  it('reads the first error’s reason', () => {
    expect(graphQLErrorReason(graphQLErrors({ message: 'Changed.', extensions: { code: 'CONFLICT', reason: 'NoteChanged' } }))).toBe(
      'NoteChanged',
    );
    expect(graphQLErrorReason(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
