import type { Page } from 'playwright-core';
import { signIn, signUp } from './support/accounts.js';
import {
  createGatheringWithApi,
  gatheringMutation,
  graphql,
  mutate,
  registerWithApi,
  signInWithApi,
  signUpWithApi,
} from './support/api.js';
import { checkPage, openPeople } from './support/browser.js';
import { fillNewGathering, place, publish, register, saveDraft } from './support/gatherings.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);
let title = '';
const sessionTitle = `Seed swaps ${run}`;
const secondTitle = `Bike kitchens ${run}`;
const keyboardTitle = `Repair cafés ${run}`;
const noteText = `Swap boxes in every library (${run}).`;
const owainsEdit = `${noteText} Start with Cathays library.`;
const connorsEdit = `${noteText} Ask the council about funding.`;

const wallGrid = (page: Page) => page.getByTestId('wall-grid');

/** From the gathering page, through its "Agenda wall" link. */
async function openWall(page: Page, gatheringPath: string): Promise<void> {
  await page.goto(gatheringPath);
  await page.getByRole('region', { name: 'Open space on the day' }).getByRole('link', { name: 'Agenda wall' }).click();
  await page.getByRole('heading', { level: 1, name: `Agenda wall: ${title}` }).waitFor();
}

// Each test has its own three people and its own open gathering, brought through the API to the
// state the test starts from (sessions proposed and placed, someone in a room, a note…), so any one
// can run alone.
describe('open space on the day: propose, place, join a room, and see it all live', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let nia: Page;
  let owain: Page;
  let gatheringPath = '';
  let roomPath = '';

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(3));
    [connor, nia, owain] = pages;
  });
  afterEach(() => close());

  /**
   * Connor's gathering for this test (`key`), live, with the Great Hall (10, step-free), the Online room
   * (5) and one slot, 10:00–11:00 in London.
   */
  async function liveGathering(key: string, open = true) {
    title = `Open space day ${run} ${key}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), title);
    gatheringPath = path;
    const space = (name: string, capacity: number, tags: string[], videoRoom?: string) =>
      mutate(connor.context(), 'createSpace', 'CreateSpaceInput', { gatheringId: id, name, capacity, tags, videoRoom });
    const hallId = await space('Great Hall', 10, ['STEP_FREE']);
    const onlineId = await space('Online room', 5, ['ONLINE'], `weave-${run}-${key}`);
    const slotId = await mutate(connor.context(), 'createTimeSlot', 'CreateTimeSlotInput', {
      gatheringId: id,
      startsAt: '2030-06-13T09:00:00.000Z',
      endsAt: '2030-06-13T10:00:00.000Z',
    });
    if (open) await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: id, status: 'LIVE' });
    return { id, hallId, onlineId, slotId };
  }

  /** Signs `page`'s person up and registers them (through the API). */
  async function participant(page: Page, name: string, key: string): Promise<void> {
    const { id } = await liveIds();
    await signUpWithApi(page.context(), { email: `${name.toLowerCase()}.${run}-${key}@example.org`, displayName: `${name} ${run}` });
    await registerWithApi(page.context(), id);
  }
  let current: Awaited<ReturnType<typeof liveGathering>> | undefined;
  const liveIds = async () => {
    if (!current) throw new Error('Make the gathering first');
    return current;
  };

  /** `page`'s person proposes a session; the convener places it in `spaceId` (unless not). */
  async function session(page: Page, sessionTitleToPropose: string, spaceId?: string): Promise<string> {
    const { id, slotId } = await liveIds();
    const sessionId = await mutate(page.context(), 'proposeSession', 'ProposeSessionInput', {
      gatheringId: id,
      title: sessionTitleToPropose,
    });
    if (spaceId) await mutate(connor.context(), 'placeSession', 'PlaceSessionInput', { sessionId, slotId, spaceId });
    return sessionId;
  }

  /** The state after the keyboard test: Nia's session in the Great Hall, Connor's in the Online room, Owain in Nia's room. */
  async function owainInTheRoom(key: string): Promise<void> {
    current = await liveGathering(key);
    await participant(nia, 'Nia', key);
    await participant(owain, 'Owain', key);
    const niasSession = await session(nia, sessionTitle, current.hallId);
    await session(connor, secondTitle, current.onlineId);
    await graphql(owain.context(), 'mutation ($input: SessionIdInput!) { joinRoom(input: $input) { __typename } }', {
      input: { sessionId: niasSession },
    });
    roomPath = `${gatheringPath}/rooms/${niasSession}`;
  }

  it('the convener makes and publishes a gathering, sets up its spaces and a time slot, and opens it', async () => {
    title = `Open space day ${run}`;
    await signIn(connor, 'connor@demo.weave.test');
    await fillNewGathering(connor, title);
    gatheringPath = await saveDraft(connor, title);
    await publish(connor);
    await openWall(connor, gatheringPath);
    await connor.getByTestId('wall-no-grid').waitFor();

    const setup = connor.getByRole('region', { name: 'Spaces and time slots' });
    await setup.getByRole('textbox', { name: 'Name' }).fill('Great Hall');
    await setup.getByRole('textbox', { name: 'How many fit' }).fill('10');
    await setup.getByRole('checkbox', { name: 'Step-free' }).check();
    await setup.getByRole('button', { name: 'Add space' }).click();
    await setup.getByText('Added Great Hall.').waitFor();

    await setup.getByRole('textbox', { name: 'Name' }).fill('Online room');
    await setup.getByRole('textbox', { name: 'How many fit' }).fill('5');
    await setup.getByRole('checkbox', { name: 'Online' }).check();
    await setup.getByRole('textbox', { name: 'Video-call room name' }).fill(`weave-${run}`);
    await setup.getByRole('button', { name: 'Add space' }).click();
    await setup.getByText('Added Online room.').waitFor();

    // The slot form starts on the gathering's day at 10:00–11:00, in its own time zone.
    await setup.getByRole('button', { name: 'Add time slot' }).click();
    await setup.getByText('Added the time slot 10:00–11:00.').waitFor();
    await wallGrid(connor)
      .getByRole('rowheader', { name: /10:00–11:00/ })
      .waitFor();

    await connor.goto(gatheringPath);
    await connor.getByRole('region', { name: 'For conveners' }).getByRole('button', { name: 'Open' }).click();
    await connor.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
    await connor.getByText('The gathering is open.').waitFor();
    await openWall(connor, gatheringPath);
  });

  it('participant A registers and proposes a session; the convener sees it arrive and places it', async () => {
    current = await liveGathering('propose');
    await openWall(connor, gatheringPath);
    await signUp(nia, { email: `nia.${run}@example.org`, displayName: `Nia ${run}` });
    await nia.goto(gatheringPath);
    await register(nia, 'Register');
    await place(nia).getByText('You’re registered.').waitFor();
    await openWall(nia, gatheringPath);

    const propose = nia.getByRole('region', { name: 'Propose a session' });
    await propose.getByRole('textbox', { name: 'Title' }).fill(sessionTitle);
    await propose.getByRole('textbox', { name: 'Description' }).fill('Sharing seeds between food networks.');
    await propose.getByRole('checkbox', { name: 'Step-free' }).check();
    await propose.getByRole('button', { name: 'Propose' }).click();
    await propose.getByText(`Proposed “${sessionTitle}”. Others can now star it.`).waitFor();
    await nia.getByTestId('unplaced-sessions').getByText(sessionTitle).waitFor();

    // Live on the convener's wall, without reloading.
    await connor.getByTestId('unplaced-sessions').getByText(sessionTitle).waitFor();
    const placeForm = connor.getByRole('region', { name: 'Place a session' });
    await placeForm.getByRole('combobox', { name: 'Session' }).selectOption({ label: `${sessionTitle} (not on the wall)` });
    await placeForm.getByRole('combobox', { name: 'Time slot' }).selectOption({ label: '10:00–11:00' });
    await placeForm.getByRole('combobox', { name: 'Space' }).selectOption({ label: 'Great Hall' });
    await placeForm.getByRole('button', { name: 'Place on the wall' }).click();
    await placeForm.getByText(`Placed “${sessionTitle}”.`).waitFor();
    await checkPage(connor, 'open-space-wall-convener');

    // A's wall moves the session into its cell, live.
    await wallGrid(nia).getByText(sessionTitle).waitFor();
    await wallGrid(nia).getByText('0 of 10 here').waitFor();
    await checkPage(nia, 'open-space-wall');
  });

  it('a participant’s wall shows Join the moment the convener opens the gathering, without a reload', async () => {
    current = await liveGathering('opening', false);
    await participant(nia, 'Nia', 'opening');
    await session(nia, sessionTitle, current.hallId);
    await openWall(nia, gatheringPath);
    await nia.getByText('Rooms open when the conveners start the gathering on the day.').waitFor();
    const join = nia.getByRole('button', { name: `Join the room for “${sessionTitle}”` });
    expect(await join.count()).toBe(0);
    const loads: string[] = [];
    nia.on('framenavigated', (frame) => loads.push(frame.url()));

    await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: current.id, status: 'LIVE' });
    await join.waitFor();
    expect(await nia.getByText('Rooms open when the conveners start the gathering on the day.').count()).toBe(0);
    expect(loads).toEqual([]); // no reload
    await checkPage(nia, 'open-space-wall-opened-live');
  });

  it('the convener proposes another, reviews a suggested schedule and applies it', async () => {
    current = await liveGathering('suggest');
    await participant(nia, 'Nia', 'suggest');
    await session(nia, sessionTitle, current.hallId);
    await openWall(connor, gatheringPath);
    await openWall(nia, gatheringPath);
    // A already hosts a session in the only slot, so this one is the convener's own.
    const propose = connor.getByRole('region', { name: 'Propose a session' });
    await propose.getByRole('textbox', { name: 'Title' }).fill(secondTitle);
    await propose.getByRole('button', { name: 'Propose' }).click();
    await propose.getByText(`Proposed “${secondTitle}”. Others can now star it.`).waitFor();

    const suggest = connor.getByRole('region', { name: 'Suggest a schedule' });
    await suggest.getByRole('button', { name: 'Suggest a schedule' }).click();
    await suggest.getByTestId('suggestion').getByRole('rowheader', { name: secondTitle }).waitFor();
    await suggest.getByTestId('suggestion').getByText('10:00–11:00 · Online room').waitFor();
    await checkPage(connor, 'open-space-wall-suggestion');
    await suggest.getByRole('button', { name: 'Apply this schedule' }).click();
    await suggest.getByText('Applied the schedule.').waitFor();
    await wallGrid(connor).getByText(secondTitle).waitFor();
    await wallGrid(nia).getByText(secondTitle).waitFor();
  });

  it('participant B, with only a keyboard, stars a session, proposes one, tries to place it and joins a room; A’s wall shows it live', async () => {
    current = await liveGathering('keyboard');
    await participant(nia, 'Nia', 'keyboard');
    await session(nia, sessionTitle, current.hallId);
    await session(connor, secondTitle, current.onlineId);
    await openWall(connor, gatheringPath);
    await openWall(nia, gatheringPath);
    await signUp(owain, { email: `owain.${run}@example.org`, displayName: `Owain ${run}` });
    await owain.goto(gatheringPath);
    await register(owain, 'Register');
    await place(owain).getByText('You’re registered.').waitFor();
    await openWall(owain, gatheringPath);

    // Star: Tab to the button, Space to press it; the convener's wall counts it live.
    const star = owain.getByRole('button', { name: `Star “${secondTitle}”` });
    await tabTo(owain, star);
    await owain.keyboard.press('Space');
    await owain.getByRole('button', { name: `Star “${secondTitle}”`, pressed: true }).waitFor();
    await wallGrid(connor).getByText('1 interested').waitFor();

    // Propose: Tab into the form, type, Enter sends it.
    const propose = owain.getByRole('region', { name: 'Propose a session' });
    await tabTo(owain, propose.getByRole('textbox', { name: 'Title' }));
    await owain.keyboard.type(keyboardTitle);
    await owain.keyboard.press('Enter');
    await propose.getByText(`Proposed “${keyboardTitle}”. Others can now star it.`).waitFor();
    await nia.getByTestId('unplaced-sessions').getByText(keyboardTitle).waitFor();
    await checkPage(owain, 'open-space-wall-keyboard');

    // Place: the selects answer the arrow keys; the only cells are taken, and the wall names who is there.
    const placeForm = owain.getByRole('region', { name: 'Place a session' });
    await tabTo(owain, placeForm.getByRole('combobox', { name: 'Session' }));
    await owain.keyboard.press('ArrowDown');
    await tabTo(owain, placeForm.getByRole('combobox', { name: 'Time slot' }));
    await owain.keyboard.press('ArrowDown');
    await tabTo(owain, placeForm.getByRole('combobox', { name: 'Space' }));
    await owain.keyboard.press('ArrowDown');
    await tabTo(owain, placeForm.getByRole('button', { name: 'Place on the wall' }));
    await owain.keyboard.press('Enter');
    await placeForm
      .getByRole('alert')
      .filter({ hasText: `“${sessionTitle}” is already in that space at that time. Choose an empty cell.` })
      .waitFor();

    // Join: back up the page to the session's Join button, Enter goes into the room.
    await tabTo(owain, owain.getByRole('button', { name: `Join the room for “${sessionTitle}”` }), { backwards: true });
    await owain.keyboard.press('Enter');
    await owain.waitForURL('**/rooms/**');
    roomPath = new URL(owain.url()).pathname;
    await owain.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
    await owain.getByTestId('room-where').getByText('10:00–11:00 · Great Hall').waitFor();
    await owain.getByTestId('room-people').getByText(`Owain ${run} (you)`).waitFor();
    await owain.getByTestId('room-headcount').getByText('1 of 10 here').waitFor();

    await wallGrid(nia).getByText('1 of 10 here').waitFor();
  });

  it('the convener cannot take a session off the wall while people are in its room', async () => {
    await owainInTheRoom('take-off');
    await openWall(connor, gatheringPath);
    const placeForm = connor.getByRole('region', { name: 'Place a session' });
    await placeForm.getByRole('combobox', { name: 'Session' }).selectOption({ label: sessionTitle });
    await placeForm.getByRole('button', { name: 'Take off the wall' }).click();
    await placeForm
      .getByRole('alert')
      .filter({ hasText: 'People are in this room now. Ask them to move before taking the session off the wall.' })
      .waitFor();
    await wallGrid(connor).getByText(sessionTitle).waitFor();
  });

  it('B adds a note that A, following the room, sees live', async () => {
    await owainInTheRoom('note');
    await owain.goto(roomPath);
    await owain.getByTestId('room-people').getByText(`Owain ${run} (you)`).waitFor();
    await nia.goto(roomPath);
    await nia.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
    await nia.getByTestId('no-notes').waitFor();

    await owain.getByRole('textbox', { name: 'Your note' }).fill(noteText);
    await owain.getByRole('button', { name: 'Add note' }).click();
    await owain.getByTestId('notes').getByText(noteText).waitFor();

    await nia.getByTestId('notes').getByText(noteText).waitFor();
    await nia.getByTestId('notes').getByText(`By Owain ${run}`).waitFor();

    // The add-action form comes when asked for, by keyboard too, and takes the focus.
    await tabTo(owain, owain.getByRole('button', { name: 'New action' }));
    await owain.keyboard.press('Enter');
    const what = owain.getByRole('textbox', { name: 'What will be done' });
    await what.waitFor();
    await expect(what.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    await owain.keyboard.type('Write to the libraries');
    await owain.getByRole('textbox', { name: 'Who owns it' }).fill(`Owain ${run}`);
    await owain.getByRole('button', { name: 'Add action' }).click();
    await owain.getByTestId('actions').getByText('Write to the libraries').waitFor();
    await nia.getByTestId('actions').getByText('Write to the libraries').waitFor();
    await checkPage(owain, 'open-space-room');
    await checkPage(nia, 'open-space-room-follower');
  });

  it('in Welsh: the room reads Welsh on a first load with Welsh kept from an earlier visit, and after switching on the page', async () => {
    await owainInTheRoom('welsh');
    // Owain chose Welsh on an earlier visit: the choice is kept in the browser (src/i18n/i18n.ts).
    await owain.context().addInitScript(() => localStorage.setItem('weave.language', 'cy'));
    await owain.goto(roomPath);
    await owain.getByText('Ystafell drafod', { exact: true }).waitFor();
    await owain.getByTestId('room-people').getByText(`Owain ${run} (chi)`).waitFor();
    expect(await owain.getByText(/openSpace\./).count()).toBe(0);

    // Nia switches on the room page itself: its words follow without a reload.
    await nia.goto(roomPath);
    await nia.getByText('Breakout room', { exact: true }).waitFor();
    await nia.getByLabel('Language').selectOption('cy');
    await nia.getByText('Ystafell drafod', { exact: true }).waitFor();
    await nia.getByRole('link', { name: 'Yn ôl i’r wal' }).waitFor();
    expect(await nia.getByText(/openSpace\./).count()).toBe(0);
  });

  it('two people edit one note at once: the second save is told, and nobody’s words are lost', async () => {
    await owainInTheRoom('edit');
    await mutate(owain.context(), 'addNote', 'AddNoteInput', { sessionId: roomPath.split('/').pop(), text: noteText });
    await owain.goto(roomPath);
    await owain.getByTestId('notes').getByText(noteText).waitFor();
    await connor.goto(roomPath);
    const connorsNote = connor.getByTestId('notes').getByRole('listitem').filter({ hasText: noteText });
    const owainsNote = owain.getByTestId('notes').getByRole('listitem').filter({ hasText: noteText });
    // Both open the note for editing before either saves.
    await connorsNote.getByRole('button', { name: 'Edit' }).click();
    await owainsNote.getByRole('button', { name: 'Edit' }).click();

    await owainsNote.getByRole('textbox', { name: 'Edit your note' }).fill(owainsEdit);
    await owainsNote.getByRole('button', { name: 'Save note' }).click();
    await owain.getByTestId('notes').getByText('Note saved.').waitFor();

    await connorsNote.getByRole('textbox', { name: 'Edit your note' }).fill(connorsEdit);
    await connorsNote.getByRole('button', { name: 'Save note' }).click();
    await connorsNote.getByRole('alert').filter({ hasText: 'Someone else changed this note while you were editing.' }).waitFor();
    // Owain's words are on screen; Connor's are still in his box.
    await connorsNote.getByText(owainsEdit, { exact: true }).waitFor();
    expect(await connorsNote.getByRole('textbox', { name: 'Edit your note' }).inputValue()).toBe(connorsEdit);
    await checkPage(connor, 'open-space-room-note-conflict');

    // He adds Owain's words to his own and saves again: both are kept, and Owain sees it live.
    const both = `${owainsEdit} Ask the council about funding.`;
    await connorsNote.getByRole('textbox', { name: 'Edit your note' }).fill(both);
    await connorsNote.getByRole('button', { name: 'Save note' }).click();
    await connor.getByTestId('notes').getByText('Note saved.').waitFor();
    await owain.getByTestId('notes').getByText(both, { exact: true }).waitFor();
  });

  it('the board shows what is on in every space, live, with the sessions not on the wall yet and, for the convener at the projector, the QR code to check in', async () => {
    await owainInTheRoom('board');
    await session(owain, keyboardTitle);
    await connor.goto(`${gatheringPath}/board`);
    await connor.getByRole('heading', { level: 1, name: title }).waitFor();
    await connor.getByRole('img', { name: /QR code to check in to this gathering/ }).waitFor();
    await connor.getByTestId('board-space-Great Hall').getByText('1 of 10 here').waitFor();
    const waiting = connor.getByTestId('board-unplaced').getByRole('listitem').filter({ hasText: keyboardTitle });
    await waiting.getByText('★ 0 stars', { exact: true }).waitFor();

    // A stars B's proposal on her wall; the board counts it live.
    await nia.goto(`${gatheringPath}/wall`);
    await nia.getByRole('button', { name: `Star “${keyboardTitle}”` }).click();
    await nia.getByRole('button', { name: `Star “${keyboardTitle}”`, pressed: true }).waitFor();
    await waiting.getByText('★ 1 star', { exact: true }).waitFor();
    await checkPage(connor, 'open-space-board');
  });

  it('B goes somewhere new: the law of two feet moves them to the room with space, and the board follows', async () => {
    await owainInTheRoom('somewhere-new');
    await openWall(connor, gatheringPath);
    await wallGrid(connor).getByText('1 of 10 here').waitFor();
    await owain.goto(roomPath);
    await owain.getByTestId('room-headcount').getByText('1 of 10 here').waitFor();
    await owain.getByRole('button', { name: 'Somewhere new' }).click();
    await owain.getByRole('heading', { level: 1, name: secondTitle }).waitFor();
    await owain.getByTestId('room-where').getByText('10:00–11:00 · Online room').waitFor();
    await owain.getByRole('link', { name: 'Join the video call' }).waitFor();
    await owain.getByTestId('room-headcount').getByText('1 of 5 here').waitFor();
    // The pointer is still where "Somewhere new" was, now over the new room's "Show the call", and axe
    // would judge that button's hover colours; the check is for the page at rest.
    await owain.mouse.move(0, 0);
    await checkPage(owain, 'open-space-room-somewhere-new');

    await wallGrid(connor).getByText('1 of 5 here').waitFor();
    await wallGrid(connor).getByText('0 of 10 here').waitFor();
  });
});
