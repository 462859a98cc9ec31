import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../config/app-config.js';
import { PersonEntity } from '../../modules/accounts/person.entity.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const run = promisify(execFile);
const script = path.join(projectRoot, 'apps/api/dist/scripts/admin.js');

describe('npm run admin', () => {
  let t: TestApp;
  const admin = (...args: string[]) => run(process.execPath, [script, ...args], { env: { ...process.env, DATABASE_URL: t.databaseUrl } });
  const stored = (email: string) => t.dataSource.getRepository(PersonEntity).findOneBy({ email });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a platform admin who can sign in with the password it prints', async () => {
    const { stdout } = await admin('create', '--email', 'Chair@Example.org', '--name', 'The Chair');
    const password = stdout.match(/with the password (\S+)/)?.[1];
    expect(password).toBeDefined();
    expect(await stored('chair@example.org')).toMatchObject({ displayName: 'The Chair', isPlatformAdmin: true });

    const client = t.client();
    await client.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'chair@example.org', password },
    });
    expect(await client.data('{ me { isPlatformAdmin } }')).toEqual({ me: { isPlatformAdmin: true } });
  });

  it('promotes an existing account without touching its password, and revokes', async () => {
    const person = await t.newPerson();
    await admin('create', '--email', person.email);
    expect((await stored(person.email))?.isPlatformAdmin).toBe(true);
    await t.client().data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: person.email, password: person.password },
    });

    await admin('revoke', '--email', person.email);
    expect((await stored(person.email))?.isPlatformAdmin).toBe(false);
  });

  it('explains its usage when called wrongly', async () => {
    await expect(admin('create')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run admin') });
    await expect(admin('create', '--email', 'a@b.org', '--password', 'short')).rejects.toMatchObject({ code: 2 });
  });
});
