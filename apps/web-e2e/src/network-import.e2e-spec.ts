import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUp } from './support/accounts.js';
import { registerNetworkWithApi, signUpWithApi } from './support/api.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';

// Unique per run, so the names cannot clash with earlier runs' listings.
const run = Date.now().toString(36);
const members = [`Barry Pantry ${run}`, `Cadoxton Growers ${run}`, `Penarth Fridge ${run}`];

const csv = (rows: string[]) => Buffer.from(['name,website,area,themes,sectors,kind', ...rows].join('\n') + '\n');
const upload = (page: Page, rows: string[]) =>
  page.getByLabel('CSV file').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: csv(rows) });

/** A facilitator of a coalition of their own (made through the API), on its manage page's Import tab. */
async function openImport(context: BrowserContext, page: Page, who: string): Promise<string> {
  const coalitionName = `${who}'s Food Coalition ${run}`;
  await signUpWithApi(context, { email: `${who.toLowerCase()}.${run}@example.org`, displayName: who });
  const { path: coalitionPath } = await registerNetworkWithApi(context, { name: coalitionName, kind: 'COALITION' });
  await page.goto(`${coalitionPath}/manage`);
  await page.getByRole('heading', { level: 1, name: `Manage ${coalitionName}` }).waitFor();
  await page.getByRole('tab', { name: 'Import' }).click();
  return coalitionName;
}

// Each test makes its own facilitator and coalition, so any one can run alone.
describe('a facilitator imports member networks from a spreadsheet', () => {
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

  it('signs up and registers a coalition', async () => {
    const coalitionName = `Barry Food Coalition ${run}`;
    await signUp(page, { email: `rhian.${run}@example.org`, displayName: 'Rhian' });

    await page.goto('/networks/new');
    await page.fill('input[name="name"]', coalitionName);
    await page.getByRole('radio', { name: 'Coalition' }).check();
    await page.fill('textarea[name="purpose"]', `${coalitionName}: sharing food in the Vale.`);
    await page.getByRole('button', { name: 'Register network' }).click();
    await page.getByRole('heading', { level: 1, name: coalitionName }).waitFor();
    await page.getByRole('link', { name: 'Manage this network' }).waitFor();
  });

  it('checks a file with a bad row and sees that row by number', async () => {
    await openImport(context, page, 'Sian');

    await upload(page, [
      `${members[0]},https://barrypantry.example.org,Barry,food; poverty,community group,network`,
      `${members[1]},,Cadoxton,food; growing,voluntary sector,organisation`,
      `${members[2]},,Penarth,food,community group,club`,
    ]);
    await page.getByRole('button', { name: 'Check the file' }).click();

    const badRows = page.getByRole('table', { name: 'Rows that need fixing' });
    await badRows.getByRole('rowheader', { name: '4' }).waitFor();
    await badRows.getByText('kind "club" is not one of coalition, network, organisation').waitFor();
    await page.getByText('Rows in the file: 3. Ready to import: 2. Need fixing: 1.').waitFor();
    expect(await page.getByRole('button', { name: 'Import 2 networks' }).isDisabled()).toBe(true);
    await checkPage(page, 'manage-import-preview');
  });

  it('checks the corrected file, imports it and sees the members listed', async () => {
    const coalitionName = await openImport(context, page, 'Rhodri');
    await upload(page, [
      `${members[0]},https://barrypantry.example.org,Barry,food; poverty,community group,network`,
      `${members[1]},,Cadoxton,food; growing,voluntary sector,organisation`,
      `${members[2]},,Penarth,food,community group,network`,
    ]);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Rows in the file: 3. Ready to import: 3. Need fixing: 0.').waitFor();
    await page.getByRole('table', { name: 'The first rows, as they will be imported' }).getByText(members[2]).waitFor();

    await page.getByRole('button', { name: 'Import 3 networks' }).click();
    await page.getByRole('status').getByText(`3 networks imported as members of ${coalitionName}.`).waitFor();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    await page.getByText('3 of 3 networks imported').waitFor();
    await checkPage(page, 'manage-import-done');

    await page.getByRole('link', { name: 'See the member networks' }).click();
    const listed = page.getByTestId('tie-members');
    for (const name of members) await listed.getByRole('link', { name }).waitFor();
  });
});
