import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request, type Response } from 'playwright-core';

export const baseUrl = (): string => {
  const url = process.env.WEAVE_E2E_BASE_URL;
  if (!url) throw new Error('Run the journeys with npm run e2e (the global setup starts Weave).');
  return url;
};

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../screenshots');

// Flags Debian's Chromium needs as root in a sandbox with no outside network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A browser context on the shared Weave, or on one a journey started for itself; it notes what the content security policy blocks. */
export async function newContext(browser: Browser, baseURL = baseUrl()): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { weaveCspViolations: string[] }).weaveCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
  return context;
}

/** Fails if the content security policy blocked anything on the page (a script, a style, a frame…). */
export async function expectNothingBlocked(page: Page): Promise<void> {
  const blocked = await page.evaluate(() => (window as unknown as { weaveCspViolations?: string[] }).weaveCspViolations ?? []);
  expect(blocked).toEqual([]);
}

/** One browser with `count` separate people in it (a context and a page each); `close` ends them all. */
export async function openPeople(count: number): Promise<{ pages: Page[]; close: () => Promise<void> }> {
  const browser = await launchBrowser();
  const contexts = await Promise.all(Array.from({ length: count }, () => newContext(browser)));
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  return {
    pages,
    close: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
    },
  };
}

/** Fails with the list of axe-core violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(violations).toEqual([]);
}

/** Saves a full-page screenshot to apps/web-e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits until the route's own code has loaded: each page is a chunk of its own, shown after a "Loading the page" status. */
export async function pageLoaded(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^(Loading the page|Wrthi’n llwytho’r dudalen)$/ })
    .waitFor({ state: 'detached' });
}

/**
 * Every page a journey visits is checked the same way, once its code has loaded: accessible,
 * photographed, nothing blocked by the security policy.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await pageLoaded(page);
  await screenshot(page, name);
  await expectAccessible(page);
  await expectNothingBlocked(page);
}

/** A JavaScript file the page downloaded: its address, its body's size as sent and how it was compressed. */
export interface ScriptDownload {
  url: string;
  bytes: number;
  encoding: string;
}

/**
 * Every JavaScript file `page` downloads while `visit` runs and until its network has been quiet for
 * `quietMs` (no request in flight): what a browser fetches before it sits idle. Asks for gzip only, as
 * the budget is stated in gzip (the API would send brotli to a browser that takes it).
 */
export async function scriptsDownloaded(page: Page, visit: () => Promise<void>, quietMs = 1500): Promise<ScriptDownload[]> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  const scripts: Promise<ScriptDownload>[] = [];
  const received = (response: Response) => {
    const headers = response.headers();
    if (!/javascript/.test(headers['content-type'] ?? '')) return;
    // The body's size as it came over the wire (compressed), once it has all arrived.
    const download = response.finished().then(async () => ({
      url: response.url(),
      bytes: (await response.request().sizes()).responseBodySize,
      encoding: headers['content-encoding'] ?? 'none',
    }));
    scripts.push(download);
  };
  await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'gzip' });
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', received);
  try {
    await visit();
    while (inFlight.size > 0 || Date.now() - lastChange < quietMs) await page.waitForTimeout(100);
    return await Promise.all(scripts);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('response', received);
    await page.setExtraHTTPHeaders({});
  }
}
