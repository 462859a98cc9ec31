import { ProbeModule } from '../../test/probe/probe.module.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const nested = (depth: number): string => (depth === 1 ? 'level' : `level child { ${nested(depth - 1)} }`);

describe('GraphQL request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('answers a query 10 levels deep', async () => {
    const data = await t.client().data<{ probeTree: { level: number } }>(`{ probeTree { ${nested(9)} } }`);
    expect(data.probeTree.level).toBe(1);
  });

  it('refuses a query deeper than 10 levels', async () => {
    const error = await t.client().error(`{ probeTree { ${nested(11)} } }`);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/depth limit of 10/i);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const error = await t.client().error(`{ ${aliases} }`);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/aliases limit of 15/i);
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await t.client().data(`{ ${fifteen} }`)).toHaveProperty('a14', null);
  });

  it('refuses a query that would cost too much', async () => {
    // A full binary tree 7 levels deep: within the depth limit, far over the cost limit.
    const tree = (depth: number): string => (depth === 0 ? 'level' : `level child { ${tree(depth - 1)} } sibling { ${tree(depth - 1)} }`);
    const error = await t.client().error(`{ probeTree { ${tree(7)} } }`);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/cost limit/i);
  });

  it('refuses a document of over 2,000 tokens before parsing it', async () => {
    const response = await t.client().request(`{ ${'__typename '.repeat(2100)}}`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'InvalidRequest' } });
    expect(response.errors?.[0].message).toMatch(/2000 tokens/i);
  });

  it('refuses a page larger than 100, naming the argument', async () => {
    const admin = await t.newAdmin();
    const error = await admin.client.error('{ people(first: 101) { totalCount } }');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual({ first: 'Ask for at most 100 items at a time.' });
  });

  it('refuses a body over 1 MB with a coded error', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('blocks a simple cross-site form post (CSRF prevention)', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
