import type { Page } from 'playwright-core';

/**
 * From any page, opens New gathering and fills it in: 13 June 2030, 10:00–16:00
 * in London, step-free with a hearing loop, convened by the demo's Weaving Together UK.
 */
export async function fillNewGathering(page: Page, title: string, { capacity }: { capacity?: number } = {}): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New gathering' }).click();
  await page.getByRole('heading', { level: 1, name: 'New gathering' }).waitFor();
  await page.fill('input[name="title"]', title);
  await page.fill('textarea[name="purpose"]', 'A day for networks across the UK to meet and plan together.');
  await page.fill('textarea[name="venue"]', 'Temple of Peace, Cathays Park, Cardiff');
  await page.fill('input[name="startsAt"]', '2030-06-13T10:00');
  await page.fill('input[name="endsAt"]', '2030-06-13T16:00');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('London');
  await page.getByRole('option', { name: 'Europe/London' }).click();
  if (capacity !== undefined) await page.fill('input[name="capacity"]', String(capacity));
  await page.getByRole('checkbox', { name: 'Step-free access' }).check();
  await page.getByRole('checkbox', { name: 'Hearing loop' }).check();
  await page.getByRole('checkbox', { name: 'Weaving Together UK' }).check();
}

/** Saves the filled-in form as a draft and returns the gathering's path. */
export async function saveDraft(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

/** Publishes the gathering open on the page (conveners). */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'For conveners' }).getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Published. People can now register.').waitFor();
}

/** The "Your place" panel of the gathering page. */
export const place = (page: Page) => page.getByRole('region', { name: 'Your place' });

/** Presses the panel's button (Register, Join the waiting list…), optionally sharing access needs, and confirms. */
export async function register(page: Page, button: string, accessNeeds?: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await place(page).getByRole('button', { name: button }).click();
  if (accessNeeds) {
    await dialog.getByRole('textbox', { name: 'Access needs' }).fill(accessNeeds);
    await dialog.getByRole('checkbox', { name: 'Share my access needs with the conveners' }).check();
  }
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' });
}
