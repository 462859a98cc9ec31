import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newDataDir, runApiScript, startDatabase, startWeave, stopWeave } from '../jest/weave-server.mjs';
import { checkPage, launchBrowser, newContext } from './support/browser.js';

// About 1,200 networks (seed:scale's generator: ~5 ties each, 5% members-only),
// on a Weave and a database of this journey's own, so the other journeys keep
// counting the demo directory.
const NETWORKS = 1200;

describe('a visitor reads the map of a large directory', () => {
  let database: Awaited<ReturnType<typeof startDatabase>> | undefined;
  let server: ChildProcess | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // A throwaway database (not kept on disk), filled by seed:scale before Weave
    // starts on it, so the demo is not loaded as well.
    database = await startDatabase(newDataDir('e2e-scale'));
    await runApiScript(database.url, 'seed-scale', ['--networks', String(NETWORKS)]);
    const weave = await startWeave({ databaseUrl: database.url });
    server = weave.server;
    browser = await launchBrowser();
    context = await newContext(browser, weave.baseUrl);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stopWeave(server);
    await database?.stop();
  });

  /** Opens the whole directory as a map and waits until it is laid out. */
  async function openMap(): Promise<void> {
    await page.goto('/networks?view=map');
    await page.getByTestId('network-map-canvas').locator('canvas').first().waitFor();
    await page.getByText('Arranging the map').waitFor({ state: 'detached' });
    await page.getByTestId('map-legend').waitFor();
  }

  it('lays out about 1,200 networks and draws them with a key', async () => {
    await openMap();
    await expect(page.getByText('The map cannot be drawn in this browser').count()).resolves.toBe(0);

    const summary = (await page.getByTestId('map-summary').textContent()) ?? '';
    const [, networks] = /^A map of ([\d,]+) networks joined by ([\d,]+) ties/.exec(summary) ?? [];
    // Outsiders do not see the members-only ones.
    expect(Number(networks.replace(/,/g, ''))).toBeGreaterThan(NETWORKS * 0.9);
    expect(Number(networks.replace(/,/g, ''))).toBeLessThan(NETWORKS);
    await expect(page.getByTestId('bridging-networks').getByRole('listitem').count()).resolves.toBeGreaterThan(0);

    // The picture is taken once sigma has drawn the map.
    await page.locator('[data-testid="network-map-canvas"][data-drawn="true"]').waitFor();
    await checkPage(page, 'directory-map-scale');
  });

  it('stays responsive: the keyboard opens the list of every network in the map at once', async () => {
    await openMap();
    await page
      .locator('summary')
      .filter({ hasText: /^Networks in this map/ })
      .focus();
    await page.keyboard.press('Enter');
    const table = page.getByTestId('networks-in-map');
    await table.getByRole('row').nth(1).waitFor();
    const summary = (await page.getByTestId('map-summary').textContent()) ?? '';
    const shown = Number(/^A map of ([\d,]+) networks/.exec(summary)![1].replace(/,/g, ''));
    await expect(table.getByRole('row').count()).resolves.toBe(shown + 1);

    const search = page.getByRole('searchbox', { name: 'Search the directory' });
    await search.focus();
    await page.keyboard.type('food');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/networks?q=food&view=map');
    await page.getByTestId('map-summary').filter({ hasNotText: summary }).waitFor();
  });
});
