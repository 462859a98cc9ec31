import { SessionsService } from '../modules/accounts/sessions.service.js';
import { hashPassword } from '../modules/accounts/password.js';
import type { TestApp } from './test-app.js';

/** People with signed-in sessions, made in bulk (signing hundreds up through argon2 would take minutes). */
export async function crowd(t: TestApp, size: number, prefix = 'crowd'): Promise<{ id: string; cookie: string }[]> {
  const hash = await hashPassword('not used in this test');
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO people (email, password_hash, display_name)
     SELECT $3 || i || '@example.org', $1, initcap($3) || ' ' || i FROM generate_series(1, $2) AS i RETURNING id`,
    [hash, size, prefix],
  );
  const sessions = t.app.get(SessionsService);
  return Promise.all(rows.map(async ({ id }) => ({ id, cookie: `weave_session=${(await sessions.start(id, 'load test')).token}` })));
}
