import type { Page } from 'playwright-core';
import { linkFromMail } from './mail.js';

/** The password every journey's new account uses. */
export const NEW_ACCOUNT_PASSWORD = 'a walk in the park';
/** The demo seed's password (connor@demo.weave.test and the others). */
export const DEMO_PASSWORD = 'weave-demo-password';

interface SignUpDetails {
  email: string;
  displayName: string;
  password?: string;
}

/**
 * Fills in and sends the sign-up form, opens the link mailed to the address,
 * confirms it with the password and goes to the account page. Pass
 * `waitForAccount: false` to stop once the form is sent.
 */
export async function signUp(page: Page, details: SignUpDetails, { waitForAccount = true } = {}): Promise<void> {
  const password = details.password ?? NEW_ACCOUNT_PASSWORD;
  await page.goto('/sign-up');
  await page.fill('input[name="email"]', details.email);
  await page.fill('input[name="displayName"]', details.displayName);
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: 'Create account' }).click();
  if (!waitForAccount) return;
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(await linkFromMail(details.email, '/verify-email'));
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await page.getByRole('link', { name: 'Go to your account' }).click();
  await page.waitForURL('**/account');
}

/** Signs in from the sign-in page and waits for the account page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL('**/account');
}
