import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NEW_ACCOUNT_PASSWORD, signIn, signUp } from './support/accounts.js';
import { linkFromMail } from './support/mail.js';
import { signUpWithApi } from './support/api.js';
import { baseUrl, checkPage, launchBrowser, newContext } from './support/browser.js';

const password = NEW_ACCOUNT_PASSWORD;
const run = Date.now().toString(36);
/** A new person's email, different for each test and each run. */
const emailFor = (who: string) => `${who}.${run}@example.org`;

const header = (page: Page) => page.getByRole('banner');

// Each test starts from a fresh browser context and makes the account it needs, so any one can run alone.
describe('a newcomer signs up, edits their profile, signs out and back in', () => {
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

  /** Signs this test's context in as a new person (through the API) and opens their account page. */
  async function signedInAs(who: string, displayName: string): Promise<void> {
    await signUpWithApi(context, { email: emailFor(who), displayName });
    await page.goto('/account');
    await header(page).getByRole('link', { name: displayName }).waitFor();
  }

  it('reads what Weave is on the home page', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Weave together networks of networks');
    await checkPage(page, 'home');
  });

  it('is told what to fix before the form is sent', async () => {
    await page.goto('/');
    await header(page).getByRole('link', { name: 'Sign up' }).click();
    await page.waitForURL('**/sign-up');
    await page.fill('input[name="email"]', 'not an email');
    await page.fill('input[name="password"]', 'short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByText('Enter an email address, like name@example.org.').waitFor();
    await expect(page.locator('input[name="displayName"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkPage(page, 'sign-up-invalid');
  });

  it('signs up and lands on their account, named in the header', async () => {
    const email = emailFor('rhiannon');
    await signUp(page, { email, displayName: 'Rhiannon', password });
    await header(page).getByText('Rhiannon').waitFor();
    await page.getByText(`Signed in with ${email}`).waitFor();
    await checkPage(page, 'account');
  });

  it('edits their profile, and the header follows', async () => {
    await signedInAs('rhys', 'Rhys');
    await page.fill('input[name="displayName"]', 'Rhys Jones');
    await page.fill('input[name="pronouns"]', 'she/her');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await header(page).getByRole('link', { name: 'Rhys Jones' }).waitFor();
    await page.reload();
    await expect(page.locator('input[name="pronouns"]').inputValue()).resolves.toBe('she/her');
  });

  it('signs out, and the account page then asks them to sign in', async () => {
    await signedInAs('alun', 'Alun');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await header(page).getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto('/account');
    await page.waitForURL('**/sign-in**');
    await checkPage(page, 'sign-in');
  });

  it('is told plainly when the password is wrong, then signs in', async () => {
    // The account is made in another context, so this page is still signed out.
    const email = emailFor('elin');
    const maker = await newContext(browser);
    await signUpWithApi(maker, { email, displayName: 'Elin Jones' });
    await maker.close();
    await page.goto('/sign-in');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', 'not my password');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    await checkPage(page, 'sign-in-wrong-password');

    await page.fill('input[name="password"]', password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.waitForURL('**/account');
    await header(page).getByRole('link', { name: 'Elin Jones' }).waitFor();
  });
});

describe('other ways in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is told the same for a taken address as for a new one (its owner is mailed instead)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const taken = `taken.${Date.now()}@example.org`;
    await signUp(page, { email: taken, displayName: 'First', password });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await header(page).getByRole('link', { name: 'Sign in' }).waitFor();

    await signUp(page, { email: taken.toUpperCase(), displayName: 'Second', password }, { waitForAccount: false });
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await checkPage(page, 'sign-up-check-email');
    await context.close();
  });

  it('proves their email address from the link, then resets a forgotten password from another', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const email = `gwen.${Date.now()}@example.org`;
    await page.goto('/sign-up');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="displayName"]', 'Gwen');
    await page.fill('input[name="password"]', password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    // The link from the inbox asks for the password chosen at sign-up, then signs in.
    await page.goto(await linkFromMail(email, '/verify-email'));
    await page.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
    await checkPage(page, 'verify-email');
    await page.fill('input[name="password"]', password);
    await page.keyboard.press('Enter');
    await page.getByText('your email address is confirmed').waitFor();
    await header(page).getByRole('link', { name: 'Gwen' }).waitFor();
    await checkPage(page, 'verify-email-done');
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Forgotten: from the sign-in page, a link by email, a new password, signed in.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.waitForURL('**/forgot-password');
    // Each page is its own chunk: the sign-in page (with its own email field) stays until this one has loaded.
    await page.getByRole('heading', { level: 1, name: 'Forgotten your password?' }).waitFor();
    await page.fill('input[name="email"]', email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('is on its way').waitFor();
    await checkPage(page, 'forgot-password-sent');
    await page.goto(await linkFromMail(email, '/reset-password'));
    await checkPage(page, 'reset-password');
    await page.fill('input[name="newPassword"]', 'a brand new walk in the park');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL('**/account');
    await header(page).getByRole('link', { name: 'Gwen' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, email, 'a brand new walk in the park');
    await context.close();
  });

  it('sees a banner until their address is proved, and can ask for a new link', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signUpWithApi(context, { email: `banner.${Date.now()}@example.org`, displayName: 'Banner' }, { verified: false });
    await page.goto('/account');
    const banner = page.getByTestId('verify-email-banner');
    await banner.getByText('Please confirm your email address').waitFor();
    await banner.getByRole('button', { name: 'Send a new link' }).click();
    await banner.getByText('A new link is on its way').waitFor();
    await checkPage(page, 'verify-email-banner');
    await context.close();
  });

  it('signs in with the keyboard alone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    for (let i = 0; i < 25 && (await focusedName()) !== 'email'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('email');
    await page.keyboard.type('priya@demo.weave.test');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('password');
    await page.keyboard.type('weave-demo-password');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account');
    await header(page).getByRole('link', { name: 'Priya Participant' }).waitFor();
    await context.close();
  });

  it('offers Welsh, and the page says it is in Welsh', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Plethu rhwydweithiau o rwydweithiau ynghyd' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('cy');
    await checkPage(page, 'home-cy');
    await context.close();
  });

  it('shows a helpful not-found page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl()}/no/such/page`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
    await checkPage(page, 'not-found');
    await context.close();
  });
});
