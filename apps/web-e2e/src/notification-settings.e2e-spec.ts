import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUpWithApi } from './support/api.js';
import { checkPage, expectAccessible, launchBrowser, newContext, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

const run = Date.now().toString(36);

// A person chooses how Weave tells them of each kind of news, by keyboard alone, and the choice stays.
describe('a person chooses how Weave tells them things', () => {
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

  it('turns mentions into the daily email from their account, by keyboard', async () => {
    await signUpWithApi(context, { email: `nia.${run}@example.org`, displayName: 'Nia' });
    await page.goto('/account');
    const settingsLink = page.getByRole('link', { name: 'Choose what Weave tells you, and how' });
    await tabTo(page, settingsLink);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const mentions = page.getByRole('combobox', { name: 'Mentions of you' });
    await expect(mentions.inputValue()).resolves.toBe('EMAIL');
    await checkPage(page, 'notification-settings');

    await tabTo(page, mentions);
    await page.keyboard.press('ArrowDown');
    await page.getByText('Saved: Mentions of you — In my daily email.').waitFor();
    await checkPage(page, 'notification-settings-saved');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Mentions of you' }).inputValue()).resolves.toBe('DIGEST');
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'notification-settings-320');
    await expectAccessible(page);
  });

  it('is told in both languages when an unsubscribe link does not work', async () => {
    const answer = await page.goto('/api/notifications/unsubscribe/not-a-real-link');
    expect(answer?.status()).toBe(404);
    await page.getByText('This unsubscribe link does not work.').waitFor();
    await page.getByText('ddolen hon yn gweithio').waitFor();
    await checkPage(page, 'unsubscribe-invalid');
    await page.setViewportSize({ width: 320, height: 800 });
    await screenshot(page, 'unsubscribe-invalid-320');
  });
});
