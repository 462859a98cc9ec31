import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './support/accounts.js';
import { graphql, registerNetworkWithApi, signUpWithApi } from './support/api.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

const run = Date.now().toString(36);

describe('a platform admin reads the audit trail', () => {
  let browser: Browser;
  let facilitatorContext: BrowserContext;
  let adminContext: BrowserContext;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    facilitatorContext = await newContext(browser);
    adminContext = await newContext(browser);
    admin = await adminContext.newPage();
  });
  afterEach(async () => {
    await facilitatorContext.close();
    await adminContext.close();
  });
  afterAll(() => browser.close());

  it('sees a network closed by its facilitator, who closed it and when, and filters by the kind of act', async () => {
    await signUpWithApi(facilitatorContext, { email: `nia.${run}@example.org`, displayName: `Nia ${run}` });
    const network = await registerNetworkWithApi(facilitatorContext, { name: `Penarth Repair Cafe ${run}`, kind: 'NETWORK' });
    await graphql(facilitatorContext, 'mutation ($input: CloseNetworkInput!) { closeNetwork(input: $input) { id } }', {
      input: { networkId: network.id, closingNote: 'Our fixers joined the Vale Repair Network; the tools went to the library.' },
    });

    await signIn(admin, 'admin@demo.weave.test');
    await admin.getByRole('link', { name: 'Audit trail' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const table = admin.getByRole('table', { name: /Page 1 of the audit trail/ });
    const row = table.getByRole('row').filter({ hasText: `Nia ${run}` });
    await row.getByRole('rowheader', { name: 'Network closed' }).waitFor();
    await checkPage(admin, 'admin-audit-trail');

    const filter = admin.getByRole('combobox', { name: 'Show' });
    await tabTo(admin, filter);
    await filter.selectOption({ label: 'Post hidden' });
    await admin.getByText('Nothing of this kind has been recorded yet.').waitFor();
    await checkPage(admin, 'admin-audit-trail-empty');
  });
});
