import type { Page } from 'playwright-core';
import { signIn, signUp } from './support/accounts.js';
import { cancelRegistrationWithApi, createGatheringWithApi, registerWithApi, signInWithApi, signUpWithApi } from './support/api.js';
import { checkPage, openPeople } from './support/browser.js';
import { fillNewGathering, place, publish, register, saveDraft } from './support/gatherings.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);
const participantName = `Nia ${run}`;
const thirdName = `Owain ${run}`;

const dialog = (page: Page) => page.getByRole('dialog');

// Each test has its own three people and its own gathering, brought through the API to the state the
// test starts from (published, someone registered, someone waiting…), so any one can run alone.
describe('a convener sets up a gathering; people register, wait and take a freed place', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let nia: Page;
  let owain: Page;
  let title = '';

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(3));
    [connor, nia, owain] = pages;
  });
  afterEach(() => close());

  /** Connor (signed in) makes this test's gathering, titled for it (`key`). */
  async function gathering(key: string, options: { capacity?: number; draft?: boolean } = {}) {
    title = `Weaving day ${run} ${key}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    return createGatheringWithApi(connor.context(), title, options);
  }

  /** Nia and Owain each make an account (through the API), for the test `key`. */
  async function twoPeople(key: string): Promise<void> {
    await signUpWithApi(nia.context(), { email: `nia.${run}-${key}@example.org`, displayName: participantName });
    await signUpWithApi(owain.context(), { email: `owain.${run}-${key}@example.org`, displayName: thirdName });
  }

  it('the demo convener creates a draft gathering for one person, convened by their network', async () => {
    title = `Weaving day ${run}`;
    await signIn(connor, 'connor@demo.weave.test');
    await fillNewGathering(connor, title, { capacity: 1 });
    await checkPage(connor, 'gathering-create');

    const gatheringPath = await saveDraft(connor, title);
    expect(gatheringPath).toMatch(/^\/gatherings\//);
    await connor.getByTestId('gathering-badges').getByText('Draft').waitFor();
    await connor.getByTestId('gathering-when').getByText('10:00–16:00 in London').waitFor();
    await checkPage(connor, 'gathering-draft');
  });

  it('publishes it', async () => {
    const { path } = await gathering('publish', { capacity: 1, draft: true });
    await connor.goto(path);
    await publish(connor);
    await connor.getByTestId('gathering-badges').getByText('Open for registration').waitFor();
    await checkPage(connor, 'gathering-published-convener');
  });

  it('a participant signs up and registers, sharing their access needs', async () => {
    const { path } = await gathering('register', { capacity: 1 });
    await signUp(nia, { email: `nia.${run}@example.org`, displayName: participantName });
    await nia.goto(path);
    await place(nia).getByText('There is 1 place left.').waitFor();
    await checkPage(nia, 'gathering-open');
    await register(nia, 'Register', 'A seat near the front, please: I lip-read.');
    await place(nia).getByText('You’re registered.').waitFor();
    await place(nia).getByRole('button', { name: 'Cancel my place' }).waitFor();
    await checkPage(nia, 'gathering-registered');
  });

  it('a third person finds it full and joins the waiting list as number 1', async () => {
    const { id, path } = await gathering('full', { capacity: 1 });
    await signUpWithApi(nia.context(), { email: `nia.${run}-full@example.org`, displayName: participantName });
    await registerWithApi(nia.context(), id);
    await signUp(owain, { email: `owain.${run}@example.org`, displayName: thirdName });
    await owain.goto(path);
    await place(owain).getByText('This gathering is full.', { exact: false }).waitFor();
    await checkPage(owain, 'gathering-full');
    await register(owain, 'Join the waiting list');
    await place(owain).getByText('You’re on the waiting list: number 1.').waitFor();
    await checkPage(owain, 'gathering-waitlisted');
  });

  it('the participant cancels, and the place goes to the third person', async () => {
    const { id, path } = await gathering('cancel', { capacity: 1 });
    await twoPeople('cancel');
    await registerWithApi(nia.context(), id);
    await registerWithApi(owain.context(), id);
    await nia.goto(path);
    await owain.goto(path);
    await place(owain).getByText('You’re on the waiting list: number 1.').waitFor();
    await place(nia).getByRole('button', { name: 'Cancel my place' }).click();
    await dialog(nia).getByRole('button', { name: 'Cancel my place' }).click();
    await place(nia).getByText('Your place is cancelled.').waitFor();
    await checkPage(nia, 'gathering-cancelled');

    await owain.reload();
    await place(owain).getByText('You’re registered.').waitFor();
  });

  it('the convener sees both on the dashboard, with the access needs that were shared', async () => {
    const { id, path } = await gathering('dashboard', { capacity: 1 });
    await twoPeople('dashboard');
    await registerWithApi(nia.context(), id, { accessNeeds: 'A seat near the front, please: I lip-read.' });
    await registerWithApi(owain.context(), id);
    await cancelRegistrationWithApi(nia.context(), id);
    await connor.goto(path);
    await connor.getByRole('link', { name: 'Who is coming' }).click();
    await connor.getByRole('heading', { level: 1, name: `Who is coming to ${title}` }).waitFor();
    const table = connor.getByTestId('registrations');
    await table.getByRole('row', { name: new RegExp(`${participantName}.*Cancelled.*lip-read`) }).waitFor();
    await table.getByRole('row', { name: new RegExp(`${thirdName}.*Registered`) }).waitFor();
    await connor.getByTestId('count-registered').getByText('1 of 1').waitFor();
    await checkPage(connor, 'gathering-dashboard');

    await connor.getByRole('combobox', { name: 'Show' }).selectOption('REGISTERED');
    await expect(table.getByRole('row').count()).resolves.toBe(2);
  });

  it('the convener sees the invitations, a way to invite by email, and who is missing', async () => {
    const { path } = await gathering('invitations');
    await connor.goto(`${path}/dashboard`);
    await connor.getByRole('region', { name: 'Invitations' }).getByText('Networks reached').waitFor();
    await connor.getByRole('region', { name: 'Invite by email' }).getByRole('textbox', { name: 'Email addresses' }).waitFor();
    await connor.getByRole('region', { name: 'Who’s missing' }).waitFor();
    await checkPage(connor, 'gathering-dashboard-invitations');
  });

  it('a registered person makes an invitation link to share', async () => {
    const { id, path } = await gathering('invite-link');
    await twoPeople('invite-link');
    await registerWithApi(owain.context(), id);
    await owain.goto(path);
    await owain.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = owain.getByRole('textbox', { name: 'Your invitation link' });
    await link.waitFor();
    expect(await link.inputValue()).not.toBe('');
    await checkPage(owain, 'gathering-invite-others');
  });

  it('they find it among their gatherings, with a calendar feed', async () => {
    const { id } = await gathering('mine');
    await twoPeople('mine');
    await registerWithApi(owain.context(), id);
    await owain.goto('/');
    await owain.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My gatherings' }).click();
    await owain.getByRole('heading', { level: 1, name: 'My gatherings' }).waitFor();
    await owain.getByTestId('upcoming-gatherings').getByRole('link', { name: title }).waitFor();
    await owain.getByRole('region', { name: 'Calendar feed' }).waitFor();
    await checkPage(owain, 'my-gatherings');
  });
});
