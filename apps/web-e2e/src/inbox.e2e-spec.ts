import type { Browser, BrowserContext, Page } from 'playwright-core';
import { proposeMembershipWithApi, registerNetworkWithApi, signUpWithApi } from './support/api.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so each journey's networks are its own.
const run = Date.now().toString(36);

// A facilitator has the inbox open; a network asks to join her coalition. The bell counts it
// without a reload, the proposal shows at the top, and she answers it from there by keyboard.
describe('the inbox: a tie proposal seen and answered where it arrives', () => {
  let browser: Browser;
  let cerysContext: BrowserContext;
  let brynContext: BrowserContext;
  let cerys: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    cerysContext = await newContext(browser);
    brynContext = await newContext(browser);
    cerys = await cerysContext.newPage();
  });
  afterEach(async () => {
    await cerysContext.close();
    await brynContext.close();
  });
  afterAll(() => browser.close());

  const bell = (page: Page, name: string | RegExp) => page.getByRole('link', { name });

  it('a facilitator sees a tie proposal arrive in the inbox, the bell counting it live, and accepts it from there', async () => {
    const coalitionName = `Grangetown Food Coalition ${run}`;
    const networkName = `Butetown Pantry ${run}`;
    await signUpWithApi(cerysContext, { email: `cerys.inbox.${run}@example.org`, displayName: 'Cerys' });
    const coalition = await registerNetworkWithApi(cerysContext, { name: coalitionName, kind: 'COALITION' });
    await signUpWithApi(brynContext, { email: `bryn.inbox.${run}@example.org`, displayName: 'Bryn' });
    const network = await registerNetworkWithApi(brynContext, { name: networkName, kind: 'NETWORK' });

    await cerys.goto('/notifications');
    await cerys.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await cerys.getByText(/Nothing new/).waitFor();
    await bell(cerys, 'Notifications').waitFor();
    await checkPage(cerys, 'inbox-empty');

    // Bryn asks for his network to join the coalition: nobody reloads Cerys's page.
    await proposeMembershipWithApi(brynContext, coalition.id, network.id);
    await bell(cerys, 'Notifications, 1 unread').waitFor();
    const item = cerys.getByTestId('notification').filter({ hasText: `${networkName} asks to join ${coalitionName}.` });
    await item.waitFor();
    await item.getByText('New').waitFor();
    await checkPage(cerys, 'inbox-tie-proposal');
    await cerys.setViewportSize({ width: 320, height: 900 });
    await checkPage(cerys, 'inbox-tie-proposal-320');
    await cerys.setViewportSize({ width: 1280, height: 900 });

    // The item links to the proposal among the coalition's ties.
    await expect(item.getByRole('link', { name: `${networkName} asks to join ${coalitionName}.` }).getAttribute('href')).resolves.toBe(
      `${coalition.path}/manage?section=ties`,
    );

    // Answered by keyboard, in place.
    const accept = item.getByRole('button', { name: `Accept the tie with ${networkName}` });
    await tabTo(cerys, accept);
    await cerys.keyboard.press('Enter');
    await cerys.getByText(`You accepted the tie with ${networkName}.`).waitFor();
    await bell(cerys, 'Notifications').waitFor();
    await accept.waitFor({ state: 'detached' });
    await checkPage(cerys, 'inbox-tie-answered');

    // Bryn is told the answer in his inbox.
    const bryn = await brynContext.newPage();
    await bryn.goto('/');
    await bell(bryn, 'Notifications, 1 unread').click();
    await bryn
      .getByTestId('notification')
      .filter({ hasText: `${coalitionName} accepted the tie with ${networkName}.` })
      .waitFor();
    await bryn.getByRole('button', { name: 'Mark all as read' }).click();
    await bryn.getByText('All marked as read.').waitFor();
    await bell(bryn, 'Notifications').waitFor();
    await checkPage(bryn, 'inbox-tie-accepted-told');
  });
});
