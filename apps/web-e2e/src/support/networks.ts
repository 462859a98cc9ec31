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

/**
 * Runs `action`, waits for the directory's answer to it (the request whose variables contain
 * `expected`), then for the page to show that answer's total; returns the total. Reading the
 * page any earlier would see the previous answer still on screen.
 */
export async function directoryAnswer(page: Page, expected: string, action: () => Promise<void>): Promise<number> {
  const answer = page.waitForResponse((response) => {
    const body = response.request().postData() ?? '';
    return response.url().endsWith('/graphql') && body.includes('"operationName":"NetworksDirectory"') && body.includes(expected);
  });
  await action();
  const { data } = (await (await answer).json()) as { data: { networks: { totalCount: number } } };
  const total = data.networks.totalCount;
  await page
    .getByTestId('directory-total')
    .filter({ hasText: new RegExp(`^${total} networks? found$`) })
    .waitFor();
  return total;
}
