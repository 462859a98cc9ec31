import type { Page } from 'playwright-core';
import { createGatheringWithApi, graphql, registerWithApi, signInWithApi, signUpWithApi } from './support/api.js';
import { checkPage, openPeople, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);
const niaName = `Nia ${run}`;

/** The page at phone width (320) then desktop width (1280): photographed and checked at both. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkPage(page, name);
}

// Each test makes its own gathering through the API (Connor convenes it, Nia has a place), so any one can run alone.
describe('who came: the QR code at the door, and the conveners’ list', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let nia: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(2));
    [connor, nia] = pages;
  });
  afterEach(() => close());

  /** Connor's gathering for the test `key`, with Nia registered; returns its path and the check-in link the QR code holds. */
  async function doorDay(key: string): Promise<{ path: string; checkInPath: string }> {
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), `Door day ${run} ${key}`, { capacity: 20 });
    await signUpWithApi(nia.context(), { email: `nia.${run}-${key}@example.org`, displayName: niaName });
    await registerWithApi(nia.context(), id);
    const { checkInCode } = await graphql<{ checkInCode: { path: string } }>(
      connor.context(),
      'query ($id: UUID!) { checkInCode(gatheringId: $id) { path } }',
      { id },
    );
    return { path, checkInPath: checkInCode.path };
  }

  it('a participant checks in with one tap, by the QR link, on a phone-sized page', async () => {
    const { checkInPath } = await doorDay('phone');
    await nia.setViewportSize({ width: 320, height: 720 });
    await nia.goto(checkInPath);
    const tap = nia.getByRole('button', { name: 'I’m here: check me in' });
    await tap.waitFor();
    await checkBothWidths(nia, 'check-in-before');

    await nia.setViewportSize({ width: 320, height: 720 });
    await tap.click();
    await nia.getByText('You’re checked in. Welcome!').waitFor();
    await nia.getByText(/Checked in with the QR code at/).waitFor();
    await checkBothWidths(nia, 'check-in-done');
  });

  it('a convener finds someone in the list of who came and ticks them in, with the keyboard alone; the door page has the QR code', async () => {
    const { path } = await doorDay('tick');
    await connor.goto(`${path}/dashboard`);
    const list = connor.getByRole('region', { name: 'Who came' });
    await list.getByTestId('check-in-counts').getByText('0 of 1 came').waitFor();

    const search = list.getByRole('searchbox', { name: 'Find a person' });
    await tabTo(connor, search);
    await connor.keyboard.type(niaName.slice(0, 3));
    const tick = list.getByRole('button', { name: `Check in ${niaName}` });
    await tabTo(connor, tick);
    await connor.keyboard.press('Enter');
    await list.getByText(`${niaName} is checked in.`).waitFor();
    await list.getByTestId('check-in-counts').getByText('1 of 1 came').waitFor();
    await list.getByRole('button', { name: `Undo the check-in of ${niaName}` }).waitFor();
    await connor.getByTestId('missing-came').getByText('1 of 1 people with a place have come (checked in).').waitFor();
    await list.scrollIntoViewIfNeeded();
    await checkBothWidths(connor, 'check-in-list');

    // The registrations list's "Attended" filter fills.
    await connor.getByLabel('Show').selectOption('ATTENDED');
    await connor.getByTestId('registrations').getByRole('rowheader', { name: niaName }).waitFor();

    await list.getByRole('link', { name: 'Open the page for the door (QR code to print)' }).click();
    await connor.getByRole('img', { name: /QR code to check in to/ }).waitFor();
    await checkBothWidths(connor, 'check-in-door');
  });
});
