import type { Page } from 'playwright-core';
import { createGatheringWithApi, gatheringMutation, registerWithApi, signInWithApi, signUpWithApi } from './support/api.js';
import { checkPage, openPeople, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);

/** Both widths the journeys photograph: a small phone and a laptop. */
async function checkAtBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkPage(page, `${name}-1280`);
}

describe('who met whom: "we met", confirmed from the inbox', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let ann: Page;
  let bob: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(3));
    [connor, ann, bob] = pages;
  });
  afterEach(() => close());

  it('one says "we met" from the gathering page (by keyboard), the other confirms from the inbox, and both see it', async () => {
    const title = `Valleys day ${run}`;
    const [annName, bobName] = [`Ann ${run}`, `Bob ${run}`];
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), title);
    await signUpWithApi(ann.context(), { email: `ann.${run}@example.org`, displayName: annName });
    await signUpWithApi(bob.context(), { email: `bob.${run}@example.org`, displayName: bobName });
    await registerWithApi(ann.context(), id);
    await registerWithApi(bob.context(), id);
    await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: id, status: 'CLOSED' });

    // Ann finds Bob among the people taking part and says they met, with the keyboard only.
    await ann.goto(path);
    await ann.getByRole('heading', { level: 2, name: 'Who did you meet?' }).waitFor();
    const search = ann.getByLabel('Find someone who took part');
    await tabTo(ann, search);
    await ann.keyboard.type(`Bob ${run}`);
    const sayButton = ann.getByRole('button', { name: `We met: ${bobName}` });
    await tabTo(ann, sayButton);
    await ann.keyboard.press('Enter');
    await ann.getByText(`Sent: ${bobName} is asked to confirm.`).waitFor();
    await checkAtBothWidths(ann, 'connections-we-met');

    // Nothing shows for Ann yet but the proposal waiting for Bob.
    await ann.goto('/people/met');
    await ann.getByRole('heading', { level: 2, name: 'Waiting for them to confirm' }).waitFor();

    // Bob is told in his inbox; the notice leads to "People you met", where he confirms.
    await bob.goto('/notifications');
    const notice = bob.getByRole('link', { name: `${annName} says you met at ${title}. Confirm it if you did.` });
    await notice.click();
    await bob.getByRole('heading', { level: 1, name: 'People you met' }).waitFor();
    await bob.getByRole('heading', { level: 2, name: 'Waiting for you to confirm' }).waitFor();
    await bob.getByRole('button', { name: 'Yes, we met' }).click();
    await bob.getByText(`Confirmed: you met ${annName}.`).waitFor();
    await bob.getByRole('heading', { level: 2, name: 'People you met (1)' }).waitFor();
    await bob.getByLabel('How close').selectOption('WORKING_TOGETHER');
    await bob.getByText(`Saved how close you are to ${annName}.`).waitFor();
    await checkAtBothWidths(bob, 'connections-people-met');

    // Ann sees Bob among the people she met, with how close Bob said they are.
    await ann.goto('/people/met');
    await ann.getByRole('heading', { level: 2, name: 'People you met (1)' }).waitFor();
    await ann.getByText(bobName).waitFor();
    await expectValue(ann, 'WORKING_TOGETHER');
  });
});

async function expectValue(page: Page, value: string): Promise<void> {
  const actual = await page.getByLabel('How close').inputValue();
  if (actual !== value) throw new Error(`Expected closeness ${value}, got ${actual}`);
}
