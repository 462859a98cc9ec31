import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUp } from './support/accounts.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';

const name = 'Llanrumney Food Coalition';
const purpose = 'Making sure every household in Llanrumney can eat well.';
const newPurpose = 'Growing, cooking and sharing food together in Llanrumney.';

const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

describe('a facilitator registers a coalition and a visitor finds it', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let profilePath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('signs up and opens the register form from the directory', async () => {
    await signUp(page, { email: `cerys.${Date.now()}@example.org`, displayName: 'Cerys' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await heading(page, 'Directory').waitFor();
    await page.getByRole('link', { name: 'Register a network' }).click();
    await page.waitForURL('**/networks/new');
    await heading(page, 'Register a network').waitFor();
  });

  it('registers a coalition and lands on its profile', async () => {
    await page.fill('input[name="name"]', name);
    await page.getByRole('radio', { name: 'Coalition' }).check();
    await page.fill('textarea[name="purpose"]', purpose);
    await page.fill('textarea[name="values"]', 'Dignity, shared power and good company.');
    const themes = page.getByRole('combobox', { name: 'Themes' });
    await themes.fill('food');
    await themes.press('Enter');
    await themes.fill('growing');
    await themes.press('Enter');
    await page.getByRole('checkbox', { name: 'Voluntary sector' }).check();
    await page.getByRole('checkbox', { name: 'Community group' }).check();
    await page.fill('input[name="area.placeName"]', 'Llanrumney');
    await page.fill('input[name="area.region"]', 'Wales');
    await page.getByRole('combobox', { name: 'How far does it reach?' }).selectOption('NEIGHBOURHOOD');
    await page.fill('input[name="website"]', 'https://food.example.org');
    await checkPage(page, 'network-register');

    await page.getByRole('button', { name: 'Register network' }).click();
    await heading(page, name).waitFor();
    profilePath = new URL(page.url()).pathname;
    expect(profilePath).toMatch(/^\/networks\/[a-z0-9-]+$/);
    await page.getByText(purpose).waitFor();
    await page.getByText('Voluntary sector, Community group').waitFor();
    await checkPage(page, 'network-profile');
  });

  it('changes the purpose on the manage page', async () => {
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
    const visitor = await newContext(browser);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto('/networks');
    await heading(visitorPage, 'Directory').waitFor();
    await visitorPage.getByTestId('directory-total').filter({ hasText: 'found' }).waitFor();
    await checkPage(visitorPage, 'network-directory');

    await visitorPage.getByRole('searchbox', { name: 'Search the directory' }).fill('Llanrumny');
    await visitorPage.getByRole('searchbox', { name: 'Search the directory' }).press('Enter');
    await visitorPage.waitForURL('**/networks?q=Llanrumny');
    const result = visitorPage.getByRole('link', { name });
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
    await heading(visitorPage, name).waitFor();
    await visitorPage.getByText(newPurpose).waitFor();
    await expect(visitorPage.getByRole('link', { name: 'Manage this network' }).count()).resolves.toBe(0);
    await visitor.close();
  });
});
