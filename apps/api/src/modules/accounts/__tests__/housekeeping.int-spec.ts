import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { AccountsHousekeeping } from '../accounts-housekeeping.service.js';

describe('clearing expired sign-in data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('deletes sessions, sign-in links and rate-limit counters a while after they end, and nothing still in use', async () => {
    const person = await t.newPerson();
    const session = (label: string, expires: string) =>
      t.dataSource.query(
        `INSERT INTO sessions (person_id, token_hash, expires_at, user_agent) VALUES ($1, sha256(convert_to($2, 'UTF8')), now() + $3::interval, $2)`,
        [person.id, label, expires],
      );
    await session('long gone', '-2 days');
    await session('just ended', '-1 hour');
    const link = (label: string, expires: string, used: string | null) =>
      t.dataSource.query(
        `INSERT INTO sign_in_links (token_hash, email, expires_at, used_at) VALUES (sha256(convert_to($1, 'UTF8')), $1 || '@example.org', now() + $2::interval, now() + $3::interval)`,
        [label, expires, used],
      );
    await link('used-long-ago', '-2 days', '-3 days');
    await link('expired-long-ago', '-2 days', null);
    await link('waiting', '2 days', null);
    await link('used-just-now', '2 days', '-1 minute');
    await t.dataSource.query(
      `INSERT INTO rate_limits (key, points, expire) VALUES
         ('spent', 3, (extract(epoch FROM now() - interval '2 hours') * 1000)::bigint),
         ('counting', 1, (extract(epoch FROM now() + interval '10 minutes') * 1000)::bigint),
         ('for ever', 1, NULL)`,
    );

    expect(await t.app.get(AccountsHousekeeping).purge()).toEqual({ sessions: 1, signInLinks: 2, emailTokens: 0, rateLimits: 1 });

    const left = async (sql: string) => ((await t.dataSource.query(sql)) as { x: string }[]).map((r) => r.x).sort();
    expect(
      await left(`SELECT user_agent AS x FROM sessions WHERE person_id = '${person.id}' AND user_agent IN ('long gone', 'just ended')`),
    ).toEqual(['just ended']);
    expect(await left(`SELECT split_part(email::text, '@', 1) AS x FROM sign_in_links`)).toEqual(['used-just-now', 'waiting']);
    expect(await left(`SELECT key AS x FROM rate_limits`)).toEqual(['counting', 'for ever']);
    // The person's own session is untouched: still signed in.
    expect(await person.client.data<{ me: { id: string } }>('{ me { id } }')).toEqual({ me: { id: person.id } });
  });
});
