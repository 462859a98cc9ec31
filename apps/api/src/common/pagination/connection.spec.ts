import { AppError } from '../errors/app-error.js';
import { decodeCursor, encodeCursor, toConnection } from './connection.model.js';

describe('cursors', () => {
  it('round-trips sort values', () => {
    const values = ['2026-11-23T10:00:00.000Z', 'a3b1'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
  });

  it.each(['', 'not base64 json', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses a cursor it did not make: %p',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(AppError);
    },
  );
});

describe('toConnection', () => {
  const rows = [1, 2, 3];
  it('uses the extra row only to know that more follow', () => {
    const page = toConnection(
      rows,
      2,
      10,
      (n) => `c${n}`,
      (n) => n * 10,
    );
    expect(page.edges).toEqual([
      { cursor: 'c1', node: 10 },
      { cursor: 'c2', node: 20 },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c2' });
    expect(page.totalCount).toBe(10);
  });

  it('has no end cursor for an empty page', () => {
    expect(toConnection([], 5, 0, String, (n) => n).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
