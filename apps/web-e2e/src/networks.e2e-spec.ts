import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUp } from './support/accounts.js';
import { registerNetworkWithApi, signUpWithApi } from './support/api.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';

// Unique per run; each test makes the person and the network it needs, so any one can run alone.
const run = Date.now().toString(36);
const person = (who: string) => ({ email: `${who}.${run}@example.org`, displayName: who });
// Registered through the form; the visitor's search below must not find it.
const formName = `Splott Food Coalition ${run}`;
const formPurpose = 'Making sure every household in Splott can eat well.';
// Made through the API: one to manage, one for a visitor to find (the only one its search finds).
const name = `Ely Bridge Food Coalition ${run}`;
const purpose = 'Making sure every household in Ely can eat well.';
const newPurpose = 'Growing, cooking and sharing food together in Ely.';
const searchedName = 'Llanrumney Food Coalition';
const searchedPurpose = 'Growing, cooking and sharing food together in Llanrumney.';

const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

describe('a facilitator registers a coalition and a visitor finds it', () => {
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

  it('signs up and opens the register form from the directory', async () => {
    await signUp(page, { email: `cerys.${run}@example.org`, displayName: 'Cerys' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Directory').waitFor();
    await page.getByRole('link', { name: 'Register a network' }).click();
    await page.waitForURL('**/networks/new');
    await heading(page, 'Register a network').waitFor();
  });

  it('registers a coalition and lands on its profile', async () => {
    await signUpWithApi(context, person('ffion'));
    await page.goto('/networks/new');
    await heading(page, 'Register a network').waitFor();
    await page.fill('input[name="name"]', formName);
    await page.getByRole('radio', { name: 'Coalition' }).check();
    await page.fill('textarea[name="purpose"]', formPurpose);
    await page.fill('textarea[name="values"]', 'Dignity, shared power and good company.');
    const themes = page.getByRole('combobox', { name: 'Themes' });
    await themes.fill('food');
    await themes.press('Enter');
    await themes.fill('growing');
    await themes.press('Enter');
    await page.getByRole('checkbox', { name: 'Voluntary sector' }).check();
    await page.getByRole('checkbox', { name: 'Community group' }).check();
    await page.fill('input[name="area.placeName"]', 'Splott');
    // The region comes from the fixed list (a select), the place is free text.
    await page.getByRole('combobox', { name: 'Region', exact: true }).click();
    await page.getByRole('option', { name: 'Wales', exact: true }).click();
    await page.getByRole('combobox', { name: 'How far does it reach?' }).selectOption('NEIGHBOURHOOD');
    await page.fill('input[name="website"]', 'https://food.example.org');
    await checkPage(page, 'network-register');

    await page.getByRole('button', { name: 'Register network' }).click();
    await heading(page, formName).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/networks\/[a-z0-9-]+$/);
    await page.getByText(formPurpose).waitFor();
    await page.getByText('Voluntary sector, Community group').waitFor();
    await checkPage(page, 'network-profile');
  });

  it('changes the purpose on the manage page', async () => {
    await signUpWithApi(context, person('dafydd'));
    const { path: profilePath } = await registerNetworkWithApi(context, { name, kind: 'COALITION', purpose });
    await page.goto(profilePath);
    await page.getByRole('link', { name: 'Manage this network' }).click();
    await page.waitForURL(`**${profilePath}/manage`);
    await heading(page, `Manage ${name}`).waitFor();
    await expect(page.locator('textarea[name="purpose"]').inputValue()).resolves.toBe(purpose);
    await checkPage(page, 'network-manage');

    await page.fill('textarea[name="purpose"]', newPurpose);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByRole('link', { name: 'View the profile' }).click();
    await heading(page, name).waitFor();
    await page.getByText(newPurpose).waitFor();
  });

  it('lets a signed-out visitor find it with a misspelt search and a filter', async () => {
    // Its facilitator registers it (in this test's own context), then a visitor looks.
    const facilitator = await newContext(browser);
    await signUpWithApi(facilitator, person('gwen'));
    await registerNetworkWithApi(facilitator, { name: searchedName, kind: 'COALITION', purpose: searchedPurpose });
    await facilitator.close();
    const visitor = await newContext(browser);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/networks');
    await heading(visitorPage, 'Directory').waitFor();
    await visitorPage.getByTestId('directory-total').filter({ hasText: 'found' }).waitFor();
    await checkPage(visitorPage, 'network-directory');

    await visitorPage.getByRole('searchbox', { name: 'Search the directory' }).fill('Llanrumny');
    await visitorPage.getByRole('searchbox', { name: 'Search the directory' }).press('Enter');
    await visitorPage.waitForURL('**/networks?q=Llanrumny');
    const result = visitorPage.getByRole('link', { name: searchedName });
    await result.waitFor();
    await visitorPage
      .getByTestId('directory-total')
      .filter({ hasText: /^1 network found$/ })
      .waitFor();
    await checkPage(visitorPage, 'network-directory-search');

    // The box follows the URL, so click and wait for the URL rather than check().
    const coalitions = visitorPage.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Coalition/ });
    await coalitions.click();
    await visitorPage.waitForURL('**/networks?q=Llanrumny&kind=COALITION');
    // The box is ticked once the page has re-rendered from the new URL.
    await coalitions.and(visitorPage.locator(':checked')).waitFor();
    await visitorPage
      .getByTestId('directory-total')
      .filter({ hasText: /^1 network found$/ })
      .waitFor();
    await checkPage(visitorPage, 'network-directory-filtered');

    await result.click();
    await heading(visitorPage, searchedName).waitFor();
    await visitorPage.getByText(searchedPurpose).waitFor();
    await expect(visitorPage.getByRole('link', { name: 'Manage this network' }).count()).resolves.toBe(0);
    await visitor.close();
  });
});
