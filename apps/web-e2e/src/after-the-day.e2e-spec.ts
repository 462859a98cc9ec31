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
const sessionTitle = `Seed swaps ${run}`;
const noteText = `Swap boxes in every library (${run}).`;

/** The page at phone width (320) then desktop width (1280): photographed and checked at both. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkPage(page, name);
}

/** Fills the follow-up form's times (the rest starts as it should: online, unlimited). */
async function fillFollowUpTimes(page: Page): Promise<void> {
  await page.fill('input[name="startsAt"]', '2030-07-01T18:00');
  await page.fill('input[name="endsAt"]', '2030-07-01T19:00');
}

// Each test makes its own gathering through the API, brought to the state it starts from, so any one can run alone.
describe('after the day: a closed gathering stays readable, and the conversation is carried on', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let nia: Page;
  let owain: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(3));
    [connor, nia, owain] = pages;
  });
  afterEach(() => close());

  /** A live gathering of Connor's with one room: Nia's session, which Owain came to and Nia wrote a note in. */
  async function dayWithARoom(key: string): Promise<{ title: string; path: string; roomPath: string }> {
    const title = `After the day ${run} ${key}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), title);
    const spaceId = await mutate(connor.context(), 'createSpace', 'CreateSpaceInput', {
      gatheringId: id,
      name: 'Great Hall',
      capacity: 10,
      tags: [],
    });
    const slotId = await mutate(connor.context(), 'createTimeSlot', 'CreateTimeSlotInput', {
      gatheringId: id,
      startsAt: '2030-06-13T09:00:00.000Z',
      endsAt: '2030-06-13T10:00:00.000Z',
    });
    await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: id, status: 'LIVE' });
    for (const [page, name] of [
      [nia, 'Nia'],
      [owain, 'Owain'],
    ] as const) {
      await signUpWithApi(page.context(), { email: `${name.toLowerCase()}.${run}-${key}@example.org`, displayName: `${name} ${run}` });
      await registerWithApi(page.context(), id);
    }
    const sessionId = await mutate(nia.context(), 'proposeSession', 'ProposeSessionInput', { gatheringId: id, title: sessionTitle });
    await mutate(connor.context(), 'placeSession', 'PlaceSessionInput', { sessionId, slotId, spaceId });
    const join = 'mutation ($input: SessionIdInput!) { joinRoom(input: $input) { __typename } }';
    await graphql(owain.context(), join, { input: { sessionId } });
    await graphql(nia.context(), join, { input: { sessionId } });
    await mutate(nia.context(), 'addNote', 'AddNoteInput', { sessionId, text: noteText });
    return { title, path, roomPath: `${path}/rooms/${sessionId}` };
  }

  it('the convener closes the gathering; a participant opens a room from the wall and reads its notes and who came', async () => {
    const { title, path, roomPath } = await dayWithARoom('read');
    await connor.goto(path);
    await connor.getByRole('region', { name: 'For conveners' }).getByRole('button', { name: 'Close the gathering' }).click();
    await connor.getByRole('dialog').getByText('they stay readable').waitFor();
    await connor.getByRole('dialog').getByRole('button', { name: 'Close the gathering' }).click();
    await connor.getByText('The gathering is closed.').waitFor();

    // Owain, who came to the room, finds it from the wall by keyboard.
    await owain.goto(`${path}/wall`);
    await owain.getByRole('heading', { level: 1, name: `Agenda wall: ${title}` }).waitFor();
    await owain.getByTestId('closed-notice').waitFor();
    await checkBothWidths(owain, 'after-the-day-wall-closed');
    const readRoom = owain.getByRole('link', { name: `Read the room of “${sessionTitle}”: its notes, actions and who came` });
    await tabTo(owain, readRoom);
    await owain.keyboard.press('Enter');
    await owain.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
    expect(new URL(owain.url()).pathname).toBe(roomPath);
    await owain.getByText(noteText).waitFor();
    await owain.getByTestId('room-who-came').getByText(`Nia ${run}`).waitFor();
    await owain.getByTestId('room-who-came').getByText(`Owain ${run} (you)`).waitFor();
    expect(await owain.getByRole('button', { name: 'Add note' }).count()).toBe(0);
    expect(await owain.getByText('Something went wrong').count()).toBe(0);
    await checkBothWidths(owain, 'after-the-day-room-closed');

    // The convener reads it too.
    await connor.goto(roomPath);
    await connor.getByText(noteText).waitFor();
    await connor.getByRole('link', { name: 'Carry this on' }).waitFor();
  });

  it('the host carries their breakout on from its room: a follow-up, online and unlimited, linked both ways', async () => {
    const { title, path, roomPath } = await dayWithARoom('carry');
    await gatheringMutation(connor.context(), 'setGatheringStatus', {
      gatheringId: (
        await graphql<{ gathering: { id: string } }>(connor.context(), 'query ($slug: String!) { gathering(slug: $slug) { id } }', {
          slug: path.split('/').pop(),
        })
      ).gathering.id,
      status: 'CLOSED',
    });
    await nia.goto(roomPath);
    await nia.getByRole('link', { name: 'Carry this on' }).click();
    await nia.getByRole('heading', { level: 1, name: `Carry “${sessionTitle}” on` }).waitFor();
    await nia.getByText('invites the 1 other person who took part').waitFor();
    expect(await nia.getByRole('radio', { name: /^Online/ }).isChecked()).toBe(true);
    expect(await nia.locator('input[name="capacity"]').inputValue()).toBe('');
    await checkBothWidths(nia, 'after-the-day-carry-on');
    await fillFollowUpTimes(nia);
    await nia.getByRole('button', { name: 'Create the follow-up (as a draft)' }).click();
    await nia.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
    await nia.getByTestId('follows-up').getByRole('link', { name: title }).waitFor();
    await checkPage(nia, 'after-the-day-follow-up');
    // Publishing it invites Owain; the original then names it for anyone.
    await nia.getByRole('region', { name: 'For conveners' }).getByRole('button', { name: 'Publish' }).click();
    await nia.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await owain.goto(path);
    await owain.getByTestId('followed-up-by').getByRole('link', { name: sessionTitle }).waitFor();
  });

  it('the convener plans a follow-up from the dashboard, by keyboard', async () => {
    const { title, path } = await dayWithARoom('plan');
    await connor.goto(`${path}/dashboard`);
    const plan = connor.getByRole('link', { name: 'Plan a follow-up' });
    await tabTo(connor, plan);
    await connor.keyboard.press('Enter');
    await connor.getByRole('heading', { level: 1, name: `Plan a follow-up to ${title}` }).waitFor();
    await checkBothWidths(connor, 'after-the-day-plan-follow-up');
    expect(await connor.locator('input[name="title"]').inputValue()).toBe(`${title}: follow-up`);
    await fillFollowUpTimes(connor);
    await tabTo(connor, connor.getByRole('button', { name: 'Create the follow-up (as a draft)' }));
    await connor.keyboard.press('Enter');
    await connor.getByRole('heading', { level: 1, name: `${title}: follow-up` }).waitFor();
    await connor.getByTestId('follows-up').getByRole('link', { name: title }).click();
    await connor.getByTestId('followed-up-by').getByText(`${title}: follow-up`).waitFor();
  });
});
