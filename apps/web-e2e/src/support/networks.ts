import type { Page } from 'playwright-core';

/** Registers a network (the person becomes its facilitator) and returns its profile path. */
export async function registerNetwork(page: Page, name: string, kind: 'Coalition' | 'Network'): Promise<string> {
  await page.goto('/networks/new');
  await page.fill('input[name="name"]', name);
  await page.getByRole('radio', { name: kind }).check();
  await page.fill('textarea[name="purpose"]', `${name}: sharing food in Cardiff.`);
  await page.getByRole('button', { name: 'Register network' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return new URL(page.url()).pathname;
}
