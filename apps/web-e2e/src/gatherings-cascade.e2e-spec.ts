import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { signIn, signUp } from './support/accounts.js';
import { checkPage, launchBrowser, newContext } from './support/browser.js';
import { fillNewGathering, place, publish, register, saveDraft } from './support/gatherings.js';
import { parseCalendar } from './support/ical.js';
import { registerNetwork } from './support/networks.js';
import {
  createGatheringWithApi,
  createInvitationWithApi,
  gatheringMutation,
  registerNetworkWithApi,
  registerWithApi,
  signInWithApi,
  signUpWithApi,
} from './support/api.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);
const niaName = `Nia ${run}`;
const owainName = `Owain ${run}`;
const brynName = `Bryn ${run}`;

/** The link a textbox holds, as a path on the site under test (the API writes links with its public URL). */
const linkPath = async (page: Page, name: string): Promise<string> => {
  const url = new URL(await page.getByRole('textbox', { name, exact: true }).inputValue());
  return url.pathname + url.search;
};

const downloaded = async (page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { download, text: await readFile(file, 'utf8') };
};

// Each test has its own four people and its own gathering, brought through the API to the state the
// test starts from (links made, people registered through them, a network asked to co-convene…), so
// any one can run alone.
describe('invitations cascade: a convener invites a network, a participant invites a friend', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let connor: Page;
  let nia: Page;
  let owain: Page;
  let bryn: Page;
  let title = '';
  let pantryName = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    contexts = [];
    const pages: Page[] = [];
    for (let i = 0; i < 4; i++) {
      const context = await newContext(browser);
      contexts.push(context);
      pages.push(await context.newPage());
    }
    [connor, nia, owain, bryn] = pages;
  });
  afterEach(async () => {
    for (const context of contexts) await context.close();
  });
  afterAll(() => browser.close());

  /** Connor publishes this test's gathering and makes a link for Weaving Together UK. */
  async function gathering(key: string) {
    title = `Cascade day ${run} ${key}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const made = await createGatheringWithApi(connor.context(), title);
    const connorsCode = await createInvitationWithApi(connor.context(), made.id, made.networkId);
    return { ...made, connorsCode };
  }

  /** Nia registers through Connor's link and Owain through Nia's (all through the API). */
  async function cascade(key: string, id: string, connorsCode: string): Promise<void> {
    await signUpWithApi(nia.context(), { email: `nia.${run}-${key}@example.org`, displayName: niaName });
    await registerWithApi(nia.context(), id, { invitationCode: connorsCode });
    const niasCode = await createInvitationWithApi(nia.context(), id);
    await signUpWithApi(owain.context(), { email: `owain.${run}-${key}@example.org`, displayName: owainName });
    await registerWithApi(owain.context(), id, { invitationCode: niasCode });
  }

  /** Bryn facilitates a network of his own, named for the test; returns his id and the network's. */
  async function brynsNetwork(key: string) {
    pantryName = `Adamsdown Pantry ${run} ${key}`;
    const personId = await signUpWithApi(bryn.context(), { email: `bryn.${run}-${key}@example.org`, displayName: brynName });
    const network = await registerNetworkWithApi(bryn.context(), { name: pantryName, kind: 'NETWORK' });
    return { personId, networkId: network.id };
  }

  it('the convener creates and publishes a gathering, and makes a link on behalf of their network', async () => {
    title = `Cascade day ${run}`;
    await signIn(connor, 'connor@demo.weave.test');
    await fillNewGathering(connor, title);
    await saveDraft(connor, title);
    await publish(connor);

    const invite = connor.getByRole('region', { name: 'Invite others from your network' });
    await invite.getByText('You have not made an invitation link yet.').waitFor();
    await invite.getByRole('combobox', { name: 'Invite on behalf of' }).selectOption({ label: 'Weaving Together UK' });
    await invite.getByRole('button', { name: 'Make an invitation link' }).click();
    await invite.getByText('Your invitation link is ready.').waitFor();
    const connorsLink = await linkPath(connor, 'Your invitation link for Weaving Together UK');
    expect(connorsLink).toMatch(/\?invite=/);
    await checkPage(connor, 'cascade-convener-link');
  });

  it('a participant registers through that link, then invites a friend with their own link', async () => {
    const { path, connorsCode } = await gathering('invited');
    const connorsLink = `${path}?invite=${connorsCode}`;
    await signUp(nia, { email: `nia.${run}@example.org`, displayName: niaName });
    await nia.goto(connorsLink);
    await nia.getByTestId('invited-by').getByText('Invited by Connor Convener (Weaving Together UK).').waitFor();
    await checkPage(nia, 'cascade-invited');
    await register(nia, 'Register');
    await place(nia).getByText('You’re registered.').waitFor();

    await nia.getByRole('button', { name: 'Make an invitation link' }).click();
    await nia.getByText('Your invitation link is ready.').waitFor();
    const niasLink = await linkPath(nia, 'Your invitation link');
    expect(niasLink).not.toBe(connorsLink);
    await checkPage(nia, 'cascade-participant-link');
  });

  it('the friend registers through the participant’s link', async () => {
    const { id, path, connorsCode } = await gathering('friend');
    await signUpWithApi(nia.context(), { email: `nia.${run}-friend@example.org`, displayName: niaName });
    await registerWithApi(nia.context(), id, { invitationCode: connorsCode });
    const niasLink = `${path}?invite=${await createInvitationWithApi(nia.context(), id)}`;
    await signUp(owain, { email: `owain.${run}@example.org`, displayName: owainName });
    await owain.goto(niasLink);
    await owain.getByTestId('invited-by').getByText(`Invited by ${niaName}.`).waitFor();
    await register(owain, 'Register');
    await place(owain).getByText('You’re registered.').waitFor();
    await checkPage(owain, 'cascade-friend-registered');
  });

  it('the convener sees the invitation tree, gives a network delegate places and asks it to co-convene', async () => {
    const { id, path, connorsCode } = await gathering('tree');
    await cascade('tree', id, connorsCode);
    pantryName = `Adamsdown Pantry ${run} tree`;
    await signUp(bryn, { email: `bryn.${run}@example.org`, displayName: brynName });
    await registerNetwork(bryn, pantryName, 'Network');

    await connor.goto(`${path}/dashboard`);
    await connor.getByRole('heading', { level: 1, name: `Who is coming to ${title}` }).waitFor();
    const tree = connor.getByTestId('invitation-tree');
    await tree.getByText('Issued by Connor Convener for Weaving Together UK — 1 registered, 2 in this branch', { exact: true }).waitFor();
    await tree.getByText(`Issued by ${niaName} — 1 registered, 1 in this branch`, { exact: true }).waitFor();

    const delegates = connor.getByRole('region', { name: 'Delegate places' });
    await delegates.getByText('No network has delegate places yet.').waitFor();
    await delegates.getByRole('searchbox', { name: 'Network name' }).fill(pantryName);
    await delegates.getByRole('button', { name: 'Search' }).click();
    await delegates.getByRole('radio', { name: pantryName }).check();
    await delegates.getByRole('textbox', { name: 'Delegate places' }).fill('2');
    await delegates.getByRole('button', { name: 'Save delegate places' }).click();
    await delegates.getByText('Delegate places saved.').waitFor();
    await delegates.getByRole('row', { name: new RegExp(`${pantryName}.*0 of 2 filled`) }).waitFor();

    const coConveners = connor.getByRole('region', { name: 'Co-conveners' });
    await coConveners.getByRole('searchbox', { name: 'Network name' }).fill(pantryName);
    await coConveners.getByRole('button', { name: 'Search' }).click();
    await coConveners.getByRole('radio', { name: pantryName }).check();
    await coConveners.getByRole('button', { name: 'Invite to co-convene' }).click();
    await coConveners.getByText('Invitation to co-convene sent.').waitFor();
    const coConveneLink = await linkPath(connor, `Link for ${pantryName} to answer`);
    expect(coConveneLink).toMatch(/\?coconvene=/);
    await checkPage(connor, 'cascade-dashboard');
  });

  it('the network’s facilitator accepts to co-convene and nominates a delegate', async () => {
    const { id, path } = await gathering('accept');
    const { networkId } = await brynsNetwork('accept');
    await gatheringMutation(connor.context(), 'setDelegatePlaces', { gatheringId: id, networkId, places: 2 });
    await gatheringMutation(connor.context(), 'inviteCoConvener', { gatheringId: id, networkId });
    await bryn.goto(`${path}?coconvene=${networkId}`);
    const invitation = bryn.getByRole('region', { name: 'Invitation to co-convene' });
    await invitation.getByText(`The conveners ask ${pantryName} to convene`, { exact: false }).waitFor();
    await checkPage(bryn, 'cascade-co-convene-invitation');
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await invitation.getByText(`${pantryName} now convenes ${title}, and so do you.`).waitFor();
    await bryn.getByRole('region', { name: 'For conveners' }).waitFor();

    const nominate = bryn.getByRole('region', { name: 'Your network’s delegate places' });
    await nominate.getByRole('combobox', { name: `Person to nominate for ${pantryName}` }).selectOption({ label: brynName });
    await nominate.getByRole('button', { name: 'Nominate' }).click();
    await nominate.getByText(`${brynName} is a delegate for ${pantryName}.`).waitFor();
    await nominate.getByText('1 of 2 filled').waitFor();
    await place(bryn).getByText('You’re registered.').waitFor();
    await checkPage(bryn, 'cascade-nominated');
  });

  it('the convener sees the nomination and the new co-convener, and exports the registrations', async () => {
    const { id, path, connorsCode } = await gathering('export');
    await cascade('export', id, connorsCode);
    const { personId, networkId } = await brynsNetwork('export');
    await gatheringMutation(connor.context(), 'setDelegatePlaces', { gatheringId: id, networkId, places: 2 });
    await gatheringMutation(connor.context(), 'inviteCoConvener', { gatheringId: id, networkId });
    await gatheringMutation(bryn.context(), 'respondToCoConvening', { gatheringId: id, networkId, accept: true });
    await gatheringMutation(bryn.context(), 'nominateDelegate', { gatheringId: id, networkId, personId });
    await connor.goto(`${path}/dashboard`);
    await connor
      .getByRole('region', { name: 'Delegate places' })
      .getByRole('row', { name: new RegExp(`${pantryName}.*1 of 2 filled.*${brynName}`) })
      .waitFor();
    const coConveners = connor.getByRole('region', { name: 'Co-conveners' });
    await coConveners.getByText('No invitations to co-convene are waiting for an answer.').waitFor();
    await coConveners.getByText(pantryName, { exact: false }).waitFor();

    const { download, text } = await downloaded(connor, () => connor.getByRole('link', { name: 'Download registrations (CSV)' }).click());
    expect(download.suggestedFilename()).toMatch(/^registrations-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(4);
    for (const name of [niaName, owainName, brynName]) expect(lines.some((line) => line.includes(name))).toBe(true);
    await checkPage(connor, 'cascade-dashboard-after');
  });

  it('the gathering downloads as a calendar file in its own time zone', async () => {
    const { id, path, connorsCode } = await gathering('calendar');
    await cascade('calendar', id, connorsCode);
    await owain.goto(path);
    const { text } = await downloaded(owain, () => owain.getByRole('link', { name: 'Add to calendar' }).click());
    const calendar = parseCalendar(text);
    expect(calendar.begin).toBe('VCALENDAR');
    expect(calendar.complete).toBe(true);
    const event = calendar.events[0];
    expect(event?.SUMMARY?.value).toBe(title);
    expect(event?.DTSTART).toEqual({ params: { TZID: 'Europe/London' }, value: '20300613T100000' });
    expect(event?.DTEND).toEqual({ params: { TZID: 'Europe/London' }, value: '20300613T160000' });
  });
});
