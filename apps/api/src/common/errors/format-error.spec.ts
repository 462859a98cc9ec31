import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError, badUserInput } from './app-error.js';
import { formatError, INTERNAL_MESSAGE } from './format-error.js';

const formatted = { message: 'raw', path: ['field'] };
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = (error: unknown) => formatError(formatted, error, (e) => logged.push(e));
  beforeEach(() => (logged.length = 0));

  it('passes an AppError through with its code and fields', () => {
    const result = format(wrap(badUserInput({ email: 'Enter an email address.' })));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'Enter an email address.' } });
    expect(logged).toEqual([]);
  });

  it('maps Nest HTTP exceptions to codes', () => {
    expect(format(wrap(new ForbiddenException('No.'))).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(format(wrap(new NotFoundException('Gone.'))).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('reports GraphQL validation errors as BAD_USER_INPUT with their message', () => {
    const result = format(
      new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    expect(result).toEqual({ message: 'raw', path: ['field'], extensions: { code: 'BAD_USER_INPUT', reason: 'InvalidRequest' } });
  });

  it('keeps the reason a scalar gives, and the message GraphQL wraps around it (which names the variable)', () => {
    const fromScalar = new GraphQLError('Not an id.', { extensions: { code: 'BAD_USER_INPUT', reason: 'InvalidId' } });
    const wrapped = new GraphQLError('Variable "$id" got invalid value "x"; Not an id.', { originalError: fromScalar });
    const result = format(wrapped);
    expect(result).toEqual({ message: 'raw', path: ['field'], extensions: { code: 'BAD_USER_INPUT', reason: 'InvalidId' } });
  });

  it('never sends the status an error sets for its HTTP answer', () => {
    const error = new AppError('BAD_USER_INPUT', 'Use the websocket.', { http: { status: 400 }, reason: 'UseWebsocket' });
    expect(format(wrap(error)).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'UseWebsocket' });
  });

  it('hides anything unexpected behind a generic message, and logs it', () => {
    const driverError = new Error('duplicate key value violates unique constraint "people_email_key"');
    const result = format(wrap(driverError));
    expect(result).toEqual({ message: INTERNAL_MESSAGE, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([driverError]);
  });

  it('never lets an unknown code through', () => {
    const result = format(new GraphQLError('weird', { extensions: { code: 'SOMETHING_ELSE' } }));
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps extra extensions of an AppError, such as a retry delay', () => {
    const result = format(wrap(new AppError('TOO_MANY_REQUESTS', 'Wait.', { retryAfterSeconds: 30 })));
    expect(result.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 });
  });
});
