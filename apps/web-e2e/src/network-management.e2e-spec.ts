import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUp } from './support/accounts.js';
import {
  acceptMembershipWithApi,
  inviteToNetworkWithApi,
  proposeMembershipWithApi,
  registerNetworkWithApi,
  signUpWithApi,
} from './support/api.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { registerNetwork } from './support/networks.js';

// Unique per run, so the directory search finds exactly these.
const run = Date.now().toString(36);

async function openSection(page: Page, profilePath: string, name: string, tab: string): Promise<void> {
  await page.goto(`${profilePath}/manage`);
  await heading(page, `Manage ${name}`).waitFor();
  await page.getByRole('tab', { name: tab }).click();
}

const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

// Each test makes its own two people, coalition and network (through the API, up to the step it
// shows), so any one can run alone.
describe('a coalition and a network tie up, and a convener joins', () => {
  let browser: Browser;
  let cerysContext: BrowserContext;
  let brynContext: BrowserContext;
  let cerys: Page;
  let bryn: Page;
  let coalitionName = '';
  let networkName = '';
  let secondEmail = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    cerysContext = await newContext(browser);
    brynContext = await newContext(browser);
    cerys = await cerysContext.newPage();
    bryn = await brynContext.newPage();
  });
  afterEach(async () => {
    await cerysContext.close();
    await brynContext.close();
  });
  afterAll(() => browser.close());

  /** Cerys facilitates a coalition and Bryn a network, each named for this test (`key`). */
  async function twoNetworks(key: string) {
    coalitionName = `Ely Food Coalition ${run} ${key}`;
    networkName = `Splott Community Pantry ${run} ${key}`;
    secondEmail = `bryn.${run}-${key}@example.org`;
    await signUpWithApi(cerysContext, { email: `cerys.${run}-${key}@example.org`, displayName: 'Cerys' });
    const coalition = await registerNetworkWithApi(cerysContext, { name: coalitionName, kind: 'COALITION' });
    await signUpWithApi(brynContext, { email: secondEmail, displayName: 'Bryn' });
    const network = await registerNetworkWithApi(brynContext, { name: networkName, kind: 'NETWORK' });
    return { coalition, network };
  }

  it('two people sign up; one registers a coalition, the other a network', async () => {
    await signUp(cerys, { email: `cerys.${run}@example.org`, displayName: 'Cerys' });
    await registerNetwork(cerys, `Ely Food Coalition ${run}`, 'Coalition');
    await signUp(bryn, { email: `bryn.${run}@example.org`, displayName: 'Bryn' });
    await registerNetwork(bryn, `Splott Community Pantry ${run}`, 'Network');
  });

  it('the coalition facilitator finds the network and invites it to join', async () => {
    const { coalition } = await twoNetworks('invite');
    await openSection(cerys, coalition.path, coalitionName, 'Ties');
    const invite = cerys.getByRole('region', { name: 'Invite a network to join' });
    await invite.getByRole('searchbox', { name: 'Network name' }).fill(`Splott Pantry ${run}`);
    await invite.getByRole('button', { name: 'Search' }).click();
    await invite.getByRole('radio', { name: new RegExp(networkName) }).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await invite.getByText(`${networkName} has been invited.`).waitFor();
    await cerys.getByTestId('handshakes-sent').getByText(networkName).waitFor();
    await checkPage(cerys, 'manage-ties-sent');
  });

  it("the network's facilitator sees the handshake and accepts", async () => {
    const { coalition, network } = await twoNetworks('accept');
    await proposeMembershipWithApi(cerysContext, coalition.id, network.id);
    await openSection(bryn, network.path, networkName, 'Ties');
    const waiting = bryn.getByTestId('handshakes-waiting');
    await waiting.getByText(coalitionName).waitFor();
    await checkPage(bryn, 'manage-ties-waiting');
    await waiting.getByRole('button', { name: `Accept the tie with ${coalitionName}` }).click();
    await bryn.getByText(`You are now tied to ${coalitionName}.`).waitFor();
    await bryn.getByTestId('tie-coalitions').getByText(coalitionName).waitFor();
  });

  it('both profiles show the tie', async () => {
    const { coalition, network } = await twoNetworks('tied');
    await acceptMembershipWithApi(brynContext, await proposeMembershipWithApi(cerysContext, coalition.id, network.id));
    await cerys.goto(coalition.path);
    await cerys.getByTestId('member-networks').getByRole('link', { name: networkName }).waitFor();
    await checkPage(cerys, 'coalition-profile-with-member');

    await bryn.goto(network.path);
    const coalitions = bryn.getByTestId('coalitions');
    await coalitions.getByRole('link', { name: coalitionName }).waitFor();
    await coalitions.getByText('Directly').waitFor();
    await checkPage(bryn, 'network-profile-with-coalition');
  });

  it('the coalition facilitator invites the second person as convener', async () => {
    const { coalition } = await twoNetworks('invite-convener');
    await openSection(cerys, coalition.path, coalitionName, 'People');
    await cerys.getByRole('textbox', { name: 'Their email address' }).fill(secondEmail);
    await cerys.getByRole('combobox', { name: 'Role' }).selectOption('CONVENER');
    await cerys.getByRole('button', { name: 'Send invitation' }).click();
    await cerys.getByText(`Invitation sent to ${secondEmail}.`).waitFor();
    await cerys.getByTestId('pending-invitations').getByText(secondEmail, { exact: false }).waitFor();
    await checkPage(cerys, 'manage-people');
  });

  it('they accept on their account page and the profile shows them as convener', async () => {
    const { coalition } = await twoNetworks('accept-convener');
    await inviteToNetworkWithApi(cerysContext, coalition.id, secondEmail, 'CONVENER');
    await bryn.goto('/account');
    const invitations = bryn.getByTestId('network-invitations');
    await invitations.getByText(coalitionName, { exact: false }).waitFor();
    await checkPage(bryn, 'account-with-invitation');
    await invitations.getByRole('button', { name: `Accept the invitation to be Convener of ${coalitionName}` }).click();
    await bryn.getByRole('link', { name: `Go to ${coalitionName}` }).click();
    await heading(bryn, coalitionName).waitFor();
    await bryn
      .getByTestId('people')
      .getByText(/Bryn.*Convener/)
      .waitFor();
    await checkPage(bryn, 'coalition-profile-with-convener');
  });
});
