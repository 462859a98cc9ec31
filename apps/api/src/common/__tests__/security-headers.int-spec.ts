import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app.js';

// Every answer, from the API and from the served web app, carries the security headers; HSTS,
// upgrade-insecure-requests and Secure cookies only when PUBLIC_URL is https.

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';

async function webDist(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'weave-web-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head></html>',
  );
  await writeFile(path.join(dir, 'assets', 'index.js'), 'console.log("weave")');
  return dir;
}

const directives = (header: string | null) =>
  new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

async function answers(t: TestApp): Promise<[string, Response][]> {
  const graphql = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const page = await fetch(`${t.baseUrl}/gatherings/some-gathering/board`, { headers: { accept: 'text/html' } });
  return [
    ['GraphQL', graphql],
    ['health', await fetch(`${t.baseUrl}/health`)],
    ['a REST 404', await fetch(`${t.baseUrl}/api/calendar/nothing-here.ics`)],
    ['a web page (the projector board)', page],
    ['a web asset', await fetch(`${t.baseUrl}/assets/index.js`)],
  ];
}

describe('security headers', () => {
  describe('on plain HTTP', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ config: { webDistDir: await webDist(), publicUrl: 'http://localhost:3000', cookieSecure: false } });
    });
    afterAll(() => t.close());

    it('are on every answer, API and web app alike', async () => {
      for (const [what, response] of await answers(t)) {
        const csp = directives(response.headers.get('content-security-policy'));
        expect({ what, status: response.status < 500 }).toEqual({ what, status: true });
        expect({ what, scripts: csp.get('script-src') }).toEqual({ what, scripts: ["'self'"] });
        expect({ what, framing: csp.get('frame-ancestors') }).toEqual({ what, framing: ["'none'"] });
        expect({ what, objects: csp.get('object-src') }).toEqual({ what, objects: ["'none'"] });
        expect({ what, upgrade: csp.has('upgrade-insecure-requests') }).toEqual({ what, upgrade: false });
        expect({ what, nosniff: response.headers.get('x-content-type-options') }).toEqual({ what, nosniff: 'nosniff' });
        expect({ what, referrer: response.headers.get('referrer-policy') }).toEqual({ what, referrer: 'no-referrer' });
        expect({ what, frames: response.headers.get('x-frame-options') }).toEqual({ what, frames: 'DENY' });
        expect({ what, hsts: response.headers.get('strict-transport-security') }).toEqual({ what, hsts: null });
      }
    });

    it('let the web app load its own code, Mantine inline styles and a room video call, and nothing else', async () => {
      const response = await fetch(`${t.baseUrl}/`, { headers: { accept: 'text/html' } });
      expect(await response.text()).toContain('/assets/index.js');
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:3000']);
      expect(csp.get('frame-src')).toEqual(["'self'", 'https://meet.jit.si']);
      expect(csp.get('form-action')).toEqual(["'self'"]);
    });

    it('set the session cookie without Secure', async () => {
      const person = await t.newPerson();
      const response = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: person.email, password: TEST_PASSWORD } } }),
      });
      const [cookie] = response.headers.getSetCookie();
      expect(cookie).toMatch(/^weave_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).not.toMatch(/Secure/);
    });
  });

  describe('when PUBLIC_URL is https', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        config: { webDistDir: await webDist(), publicUrl: 'https://weave.example.org', cookieSecure: true, isProduction: true },
      });
    });
    afterAll(() => t.close());

    it('add HSTS and upgrade-insecure-requests to every answer', async () => {
      for (const [what, response] of await answers(t)) {
        const csp = directives(response.headers.get('content-security-policy'));
        expect({ what, upgrade: csp.has('upgrade-insecure-requests') }).toEqual({ what, upgrade: true });
        expect({ what, sockets: csp.get('connect-src') }).toEqual({ what, sockets: ["'self'", 'wss://weave.example.org'] });
        expect({ what, hsts: response.headers.get('strict-transport-security') }).toEqual({
          what,
          hsts: 'max-age=31536000; includeSubDomains',
        });
      }
    });

    it('set the session cookie with Secure', async () => {
      const person = await t.newPerson();
      const response = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: person.email, password: TEST_PASSWORD } } }),
      });
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    });
  });
});
