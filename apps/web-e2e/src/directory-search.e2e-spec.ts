import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { directoryAnswer } from './support/networks.js';

// Issue 14 §1 on the demo directory: search finds places, region facets combine, the CSV speaks labels.
const regionGroup = (page: Page) => page.getByRole('group', { name: 'Region' });

describe('a funder searches the directory by place and region, and downloads it with labels', () => {
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

  it('finds Wales by name, ticks Wales and Scotland, sees both, and downloads the list as CSV', async () => {
    await page.goto('/networks');
    const search = page.getByRole('searchbox', { name: 'Search the directory' });
    await search.fill('Wales');
    const inWales = await directoryAnswer(page, '"search":"Wales"', () => search.press('Enter'));
    expect(inWales).toBeGreaterThan(1);

    // Clear the search, then tick Wales and Scotland: both counts stay, and the list holds both sets.
    await page.goto('/networks');
    await directoryAnswer(page, '"regions":["WALES"]', () =>
      regionGroup(page)
        .getByRole('checkbox', { name: /^Wales \(/ })
        .click(),
    );
    const scotland = regionGroup(page).getByRole('checkbox', { name: /^Scotland \(/ });
    await scotland.waitFor();
    const both = await directoryAnswer(page, '"regions":["WALES","SCOTLAND"]', () => scotland.click());
    await page.waitForURL('**/networks?region=WALES&region=SCOTLAND');
    const walesLabel = await regionGroup(page)
      .getByText(/^Wales \(\d+\)$/)
      .textContent();
    const walesCount = Number(/\((\d+)\)/.exec(walesLabel!)![1]);
    expect(both).toBeGreaterThan(walesCount);
    const cards = page.getByRole('article');
    await expect(cards.filter({ hasText: ', Wales' }).count()).resolves.toBeGreaterThan(0);
    await expect(cards.filter({ hasText: ', Scotland' }).count()).resolves.toBeGreaterThan(0);
    await expect(cards.filter({ hasText: /Listed \d{1,2} [A-Z][a-z]{2} \d{4}/ }).count()).resolves.toBeGreaterThan(0);
    await expect(cards.filter({ hasText: /member networks?/ }).count()).resolves.toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await checkPage(page, 'directory-regions-1280');
    await page.setViewportSize({ width: 320, height: 800 });
    await checkPage(page, 'directory-regions-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    const link = page.getByRole('link', { name: 'Download as CSV' });
    const url = new URL((await link.getAttribute('href'))!, page.url());
    expect(url.searchParams.getAll('regions')).toEqual(['WALES', 'SCOTLAND']);
    expect(url.searchParams.get('lang')).toBe('en');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parse(await readFile(await download.path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(both);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['Wales', 'Scotland']));
    for (const row of rows) {
      expect(['Coalition', 'Network', 'Organisation']).toContain(row.kind);
      expect(row['lifecycle stage']).toMatch(/^[A-Z][a-z]/);
      expect(row.sectors).not.toMatch(/_/);
    }
  });
});
