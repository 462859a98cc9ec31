import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { directoryAnswer } from './support/networks.js';

// Runs on the demo directory the app loads into an empty database.
const coalition = 'Weaving Together UK';

const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

const FOOD_NETWORKS = '/networks?q=food&kind=NETWORK';

/** Opens the directory searched for "food" among networks; returns how many the list found. */
async function openFoodNetworks(page: Page): Promise<number> {
  return directoryAnswer(page, '"kinds":["NETWORK"]', async () => {
    await page.goto(FOOD_NETWORKS);
  });
}

// Each test opens the page it needs from its URL, so any one of them can run alone.
describe('a funder explores the directory as a map and downloads it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(() => context.close());
  afterAll(() => browser.close());

  it('searches the directory and filters it by kind', async () => {
    await page.goto('/networks');
    await heading(page, 'Directory').waitFor();
    const search = page.getByRole('searchbox', { name: 'Search the directory' });
    await search.fill('food');
    const all = await directoryAnswer(page, '"search":"food"', () => search.press('Enter'));
    await page.waitForURL('**/networks?q=food');

    const found = await directoryAnswer(page, '"kinds":["NETWORK"]', () =>
      page
        .getByRole('group', { name: 'Kind' })
        .getByRole('checkbox', { name: /^Network/ })
        .click(),
    );
    await page.waitForURL('**/networks?q=food&kind=NETWORK');
    expect(found).toBeGreaterThan(1);
    expect(found).toBeLessThanOrEqual(all);
  });

  it('switches to the map, with a key and a list of the networks in it', async () => {
    const found = await openFoodNetworks(page);
    await page.getByRole('radiogroup', { name: 'Show the directory as' }).getByText('Map', { exact: true }).click();
    await page.waitForURL('**/networks?q=food&kind=NETWORK&view=map');

    await page.getByTestId('network-map-canvas').locator('canvas').first().waitFor();
    await page.getByText('Arranging the map').waitFor({ state: 'detached' });
    await page.getByTestId('map-legend').waitFor();
    await expect(page.getByText('The map cannot be drawn in this browser').count()).resolves.toBe(0);
    // The map shows what the search and filters found, as the list did.
    await page
      .getByTestId('map-summary')
      .filter({ hasText: new RegExp(`^A map of ${found} networks joined by \\d+ ties`) })
      .waitFor();
    await page.getByText('The map shows the networks that match your search and filters', { exact: false }).waitFor();

    await page.getByText(/^Networks in this map/).click();
    const table = page.getByTestId('networks-in-map');
    await table.getByRole('link').first().waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(found + 1);
    await expect(table.getByRole('link', { name: coalition }).count()).resolves.toBe(0);
    // The picture is taken once sigma has drawn the map.
    await page.locator('[data-testid="network-map-canvas"][data-drawn="true"]').waitFor();
    await checkPage(page, 'directory-map');
  });

  it('opens a network from the list beside the map, and comes back to the map', async () => {
    await page.goto(`${FOOD_NETWORKS}&view=map`);
    await page.getByText('Arranging the map').waitFor({ state: 'detached' });
    await page.getByTestId('map-legend').waitFor();
    await page.getByText(/^Networks in this map/).click();
    await page.getByTestId('networks-in-map').getByRole('link').first().waitFor();
    const first = page.getByTestId('networks-in-map').getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    await heading(page, name).waitFor();
    await page.goBack();
    await page.waitForURL('**/networks?q=food&kind=NETWORK&view=map');
    await page.getByTestId('map-legend').waitFor();
  });

  it('downloads the filtered directory as CSV', async () => {
    await openFoodNetworks(page);
    const link = page.getByRole('link', { name: 'Download as CSV' });
    const url = new URL((await link.getAttribute('href'))!, page.url());
    expect(url.pathname).toBe('/api/networks/export.csv');
    expect(url.searchParams.get('search')).toBe('food');
    expect(url.searchParams.getAll('kinds')).toEqual(['NETWORK']);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^weave-networks-\d{4}-\d{2}-\d{2}\.csv$/);

    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/);
    // Every text cell is quoted (common/csv), the header's too.
    expect(header).toMatch(/^"name","kind",/);
    expect(rows.length).toBeGreaterThan(0);
  });
});
