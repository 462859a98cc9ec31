import { ProbeModule } from '../../test/probe/probe.module.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
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
