import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('answers 200 when the database answers', async () => {
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('answers 503 when the database does not', async () => {
    await t.dataSource.destroy();
    const response = await fetch(`${t.baseUrl}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
    await t.dataSource.initialize();
  });

  it('echoes a well-formed request id and replaces a malformed one', async () => {
    expect((await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'abc-123' } })).headers.get('x-request-id')).toBe('abc-123');
    expect(
      (await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'bad id <script>' } })).headers.get('x-request-id'),
    ).not.toContain('<');
  });
});
