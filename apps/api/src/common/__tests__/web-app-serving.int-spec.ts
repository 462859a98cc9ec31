import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// The built web app as the API serves it: fingerprinted assets cached for a
// year, pages never without asking, files sent as the build compressed them,
// source maps kept off the web; API answers compressed when worth it.

const SCRIPT = `console.log(${JSON.stringify('weave '.repeat(2000))});`;

async function webDist(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'weave-web-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>',
  );
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const script = path.join(dir, 'assets', 'index-abc123.js');
  await writeFile(script, SCRIPT);
  await writeFile(`${script}.br`, brotliCompressSync(SCRIPT));
  await writeFile(`${script}.gz`, gzipSync(SCRIPT));
  await writeFile(`${script}.map`, '{"version":3,"sources":["src/secret-plans.ts"]}');
  await mkdir(path.join(dir, '.vite'));
  await writeFile(path.join(dir, '.vite', 'manifest.json'), '{"src/secret-plans.ts":{"file":"assets/index-abc123.js"}}');
  return dir;
}

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { webDistDir: await webDist() } });
  });
  afterAll(() => t.close());

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}${pathname}`, { headers });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ])('sends an asset as the build compressed it (Accept-Encoding: %s), cached for a year', async (accepted, encoding) => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': accepted });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await response.text()).toBe(SCRIPT);
  });

  it('never lets a browser keep a page without asking, whichever way it is reached', async () => {
    for (const pathname of ['/', '/index.html', '/gatherings/some-gathering/board']) {
      const response = await get(pathname, { accept: 'text/html' });
      expect([pathname, response.status, response.headers.get('cache-control')]).toEqual([pathname, 200, 'no-cache']);
    }
  });

  it('caches files without a fingerprint for an hour only', async () => {
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('keeps source maps off the web', async () => {
    const response = await get('/assets/index-abc123.js.map');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret-plans');
  });

  it("keeps the build's manifest (read by the bundle budget check) off the web", async () => {
    const response = await get('/.vite/manifest.json', { accept: 'application/json' });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret-plans');
  });

  it('compresses API answers worth compressing, and leaves small ones alone', async () => {
    const ask = (query: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query }),
      });
    const large = await ask('{ __schema { types { name description fields { name description } } } }');
    expect(large.headers.get('content-encoding')).toBe('gzip');
    expect(((await large.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(50);
    const small = await ask('{ me { id } }');
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});
