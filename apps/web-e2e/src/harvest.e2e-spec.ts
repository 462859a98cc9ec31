import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  createGatheringWithApi,
  gatheringMutation,
  graphql,
  mutate,
  registerWithApi,
  signInWithApi,
  signUpWithApi,
} from './support/api.js';
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

// Each test has its own gathering: Connor convenes it, a new participant has a place, a session was
// held with a note and an action given to the participant, and the gathering has closed.
describe('after the day: the harvest and the actions that live on', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let reader: Page;
  let gatheringPath = '';
  let title = '';

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(2));
    [connor, reader] = pages;
  });
  afterEach(() => close());

  async function closedDay(key: string): Promise<void> {
    title = `Harvest day ${run} ${key}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), title);
    gatheringPath = path;
    const readerId = await signUpWithApi(reader.context(), { email: `reader.${run}-${key}@example.org`, displayName: `Rhys ${run}` });
    await registerWithApi(reader.context(), id);
    const sessionId = await mutate(reader.context(), 'proposeSession', 'ProposeSessionInput', {
      gatheringId: id,
      title: `Bike kitchens ${key}`,
    });
    await mutate(reader.context(), 'addNote', 'AddNoteInput', { sessionId, text: 'Every library could lend tools.' });
    await graphql(connor.context(), 'mutation ($input: AddActionInput!) { addAction(input: $input) { id } }', {
      input: { sessionId, what: `Map the tool libraries ${key}`, ownerName: `Rhys ${run}`, ownerId: readerId, dueOn: '2031-01-15' },
    });
    await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: id, status: 'CLOSED' });
  }

  async function openHarvest(page: Page): Promise<void> {
    await page.goto(gatheringPath);
    await page.getByRole('link', { name: 'Open the harvest' }).click();
    await page.getByRole('heading', { level: 1, name: `Harvest: ${title}` }).waitFor();
  }

  it('a convener writes and publishes the harvest; a participant reads it and downloads the Markdown', async () => {
    await closedDay('publish');
    await openHarvest(connor);
    await connor.getByLabel('Theme 1: heading').fill('Tools are everywhere');
    await connor.getByLabel('Theme 1: what emerged').fill('Libraries, sheds and schools all lend tools.\n\nNobody knows where.');
    await connor.getByRole('button', { name: 'Add a theme' }).click();
    await connor.getByLabel('Theme 2: heading').fill('Who fixes what');
    await connor.getByRole('button', { name: 'Publish' }).click();
    await connor.getByText('Published. Participants have been told.').waitFor();
    await connor.getByRole('link', { name: 'Download as Markdown' }).waitFor();
    await checkAtBothWidths(connor, 'harvest-convener');

    await openHarvest(reader);
    await reader.getByRole('heading', { level: 3, name: 'Tools are everywhere' }).waitFor();
    await reader.getByText('Every library could lend tools.').waitFor();
    expect(await reader.getByRole('heading', { name: 'Write the harvest' }).count()).toBe(0);
    await checkAtBothWidths(reader, 'harvest-reader');

    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('link', { name: 'Download as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-harvest\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('### Tools are everywhere');
    expect(markdown).toContain('> Every library could lend tools.');
    expect(markdown).toContain(`Map the tool libraries publish (Rhys ${run}, due 2031-01-15)`);
  });

  it('by keyboard only: the convener publishes, and the participant ticks off the action given to them in My actions', async () => {
    await closedDay('keys');
    await openHarvest(connor);
    const heading = connor.getByLabel('Theme 1: heading');
    await tabTo(connor, heading);
    await connor.keyboard.type('Tools are everywhere');
    await tabTo(connor, connor.getByRole('button', { name: 'Publish' }));
    await connor.keyboard.press('Enter');
    await connor.getByText('Published. Participants have been told.').waitFor();

    await reader.goto('/');
    await tabTo(reader, reader.getByRole('link', { name: 'My actions' }));
    await reader.keyboard.press('Enter');
    await reader.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    const box = reader.getByRole('checkbox', { name: 'Map the tool libraries keys' });
    await reader.getByText('Due 15 Jan 2031').waitFor();
    await checkAtBothWidths(reader, 'my-actions');
    await tabTo(reader, box);
    await reader.keyboard.press('Space');
    await reader.getByText('Marked done: Map the tool libraries keys').waitFor();
    await reader.getByRole('heading', { name: 'Done (1)' }).waitFor();
    expect(await box.isChecked()).toBe(true);
  });
});
