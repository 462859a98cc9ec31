import { ProbeModule } from '../../test/probe/probe.module.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { jest } from '@jest/globals';
import { DirectoryVersionService } from '../../modules/networks/directory/directory-version.service.js';
import { INTERNAL_MESSAGE } from '../errors/format-error.js';

describe('error policy', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('hides unexpected errors: a generic message and code, no stack trace or SQL', async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
    const result = await t.client().request('{ probeCrash }');
    const raw = JSON.stringify(result.errors);
    expect(result.errors?.[0]).toEqual({ message: INTERNAL_MESSAGE, path: ['probeCrash'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(raw).not.toMatch(/secret_table|SELECT|stack|at /);
  });

  it('hides a database failure outside any resolver (the shared-answer cache lookup) just the same', async () => {
    t = await createTestApp();
    // A fault injected where the directory version is read: a real failing statement.
    jest.spyOn(t.app.get(DirectoryVersionService), 'version').mockImplementation(() => t.dataSource.query('SELECT * FROM secret_table'));
    const result = await t.client().request('{ networks(first: 1) { totalCount } }');
    expect(result.errors).toEqual([{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(result)).not.toMatch(/secret_table/);
  });

  it('gives every kind of request error a code', async () => {
    t = await createTestApp();
    const client = t.client();
    expect((await client.error('{ me { id ')).code).toBe('BAD_USER_INPUT');
    expect((await client.error('{ nothingHere }')).code).toBe('BAD_USER_INPUT');
    expect(
      (await client.error('mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email: 1, password: 'x' } })).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('in production, turns off introspection and "did you mean" suggestions', async () => {
    t = await createTestApp({ config: { isProduction: true, nodeEnv: 'production' } });
    const client = t.client();
    const introspection = await client.error('{ __schema { queryType { name } } }');
    expect(introspection.code).toBe('BAD_USER_INPUT');
    expect(introspection.message).toMatch(/introspection/i);
    const typo = await client.error('{ me { displayNam } }');
    expect(typo.message).not.toMatch(/did you mean/i);
  });

  it('outside production, suggests the field meant', async () => {
    t = await createTestApp();
    expect((await t.client().error('{ me { displayNam } }')).message).toMatch(/did you mean "displayName"/i);
  });
});
