import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './pg-errors.js';

const pgError = (code: string, message = 'from PostgreSQL') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the server is not there', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['the connection was reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['an administrator shut it down (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['it crashed (57P02)', pgError('57P02')],
    ['it is starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', pgError('08006')],
    ['too many connections (53300)', pgError('53300')],
    ['pg saw the connection end', new Error('Connection terminated unexpectedly')],
    ['pg timed out connecting', new Error('timeout exceeded when trying to connect')],
    ['a client that already lost its connection', new Error('Client has encountered a connection error and is not queryable')],
    ['TypeORM wrapping it', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
    ['an error caused by it', new Error('could not load', { cause: pgError('08001') })],
    ['every address refused', Object.assign(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })]), {})],
  ])('is true when %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', pgError('23505')],
    ['a syntax error', pgError('42601')],
    ['a missing table', pgError('42P01')],
    ['a cancelled statement', pgError('57014')],
    ['a message that only mentions connections', new Error('Connection terminated unexpectedly, said the user')],
    ['a plain error', new Error('boom')],
    ['no error at all', undefined],
  ])('is false for %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
