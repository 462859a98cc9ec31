import type { Locator, Page } from 'playwright-core';
import { graphql, mutate, signInWithApi } from './support/api.js';
import { checkPage, openPeople, screenshot, scriptsDownloaded } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// The demo's big open-space day (issue 15 §1): 12 spaces × 5 slots, 60 sessions, 150 people from 35
// networks, live today. Each width is checked the way a person meets it: no sideways page scroll, and
// the controls that matter inside the first screen.

const DAY = '/gatherings/the-big-open-space-day';

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** Fails unless `target` is shown wholly inside the first screen (without scrolling). */
async function inFirstScreen(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

describe('the big day at real size: wall, board and phone', () => {
  let close: () => Promise<void>;
  let page: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(1));
    [page] = pages;
  });
  afterEach(() => close());

  it('gives a convener at 1280×800 the wall a slot at a time, moved between by keyboard, without sideways scroll', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInWithApi(page.context(), 'connor@demo.weave.test');
    await page.goto(`${DAY}/wall`);
    await page.getByRole('heading', { level: 1, name: 'Agenda wall: The Big Open Space Day' }).waitFor();
    const switcher = page.getByRole('tablist', { name: 'Time slots' });
    await inFirstScreen(page, switcher);
    await noSidewaysScroll(page);
    await expect(
      page
        .getByRole('tabpanel')
        .getByTestId(/^slot-space-/)
        .count(),
    ).resolves.toBe(12);
    await checkPage(page, 'big-day-wall-1280');

    // By keyboard: Tab to the chosen slot, arrow to the next; its twelve spaces show.
    const selected = switcher.getByRole('tab', { selected: true });
    const chosen = await selected.textContent();
    await tabTo(page, selected);
    await page.keyboard.press('ArrowRight');
    const next = switcher.getByRole('tab', { selected: true });
    expect(await next.textContent()).not.toBe(chosen);
    await expect(next.evaluate((tab) => tab === document.activeElement)).resolves.toBe(true);
    await expect(
      page
        .getByRole('tabpanel')
        .getByTestId(/^slot-space-/)
        .count(),
    ).resolves.toBe(12);
    await noSidewaysScroll(page);

    // The whole day is still there as one table, scrolled inside itself, not the page.
    await switcher.getByRole('tab', { name: 'Whole day' }).click();
    await page.getByTestId('wall-grid').waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'big-day-wall-1280-whole-day');
  });

  it('shows the wall at 1920×1080 with four spaces across', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await signInWithApi(page.context(), 'connor@demo.weave.test');
    await page.goto(`${DAY}/wall`);
    await inFirstScreen(page, page.getByRole('tablist', { name: 'Time slots' }));
    await noSidewaysScroll(page);
    await checkPage(page, 'big-day-wall-1920');
  });

  it('puts now and next for all 12 spaces and the QR code on one 1920×1080 projector screen', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await signInWithApi(page.context(), 'connor@demo.weave.test');
    await page.goto(`${DAY}/board`);
    const spaces = page.getByTestId('board-spaces').getByRole('listitem');
    await spaces.first().waitFor();
    expect(await spaces.count()).toBe(12);
    for (let i = 0; i < 12; i++) await inFirstScreen(page, spaces.nth(i));
    await inFirstScreen(page, page.getByRole('img', { name: /QR code to check in/ }));
    const { scrollHeight, innerHeight } = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
    await noSidewaysScroll(page);
    // Legible from the back of a room: every session title at 30 px or more.
    const sizes = await page
      .getByTestId('board-spaces')
      .locator('[data-testid^="session-"] > :first-child')
      .evaluateAll((titles) => titles.map((title) => parseFloat(getComputedStyle(title).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
    // The demo's first round is under way whenever it was made: "on now" is on the board (and axe checks its contrast).
    expect(await page.getByTestId('slot-on-now').textContent()).toMatch(/^On now/i);
    await checkPage(page, 'big-day-board-1920');
  });

  it('gives a participant on a 320-px phone a folded header, one tap to a room, and somewhere new and notes in the first screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await signInWithApi(page.context(), 'day7@demo.weave.test');
    await page.goto(`${DAY}/wall`);
    await page.getByRole('heading', { level: 1, name: 'Agenda wall: The Big Open Space Day' }).waitFor();
    await noSidewaysScroll(page);

    // The header folds: the menu opens and closes by keyboard.
    const menu = page.getByRole('button', { name: 'Menu' });
    await inFirstScreen(page, menu);
    const directory = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' });
    expect(await directory.isVisible()).toBe(false);
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    await directory.waitFor();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Home' }).evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    await screenshot(page, 'big-day-phone-menu-320');
    await page.keyboard.press('Escape');
    await directory.waitFor({ state: 'hidden' });
    await expect(menu.evaluate((button) => button === document.activeElement)).resolves.toBe(true);

    // My day and the slot switcher in the first screen.
    const myDay = page.getByRole('region', { name: 'My day' });
    await inFirstScreen(page, myDay.getByRole('button', { name: 'Somewhere new' }));
    await inFirstScreen(page, page.getByRole('tablist', { name: 'Time slots' }));
    await checkPage(page, 'big-day-wall-320');

    // One tap on Join: the room, with somewhere new and the notes in the first screen.
    await page.getByRole('tabpanel').getByRole('button', { name: /^Join/ }).first().click();
    await page.getByText('You’re in this room.').first().waitFor();
    await noSidewaysScroll(page);
    await inFirstScreen(page, page.getByRole('button', { name: 'Somewhere new' }));
    await inFirstScreen(page, page.getByRole('heading', { level: 2, name: 'Notes' }));
    await checkPage(page, 'big-day-room-320');

    // Back on the wall, My day says where I am.
    await page.getByRole('link', { name: 'Back to the wall' }).click();
    await myDay
      .getByTestId('my-day-where')
      .filter({ hasText: /^You are in “/ })
      .waitFor();
    await myDay.getByRole('link', { name: 'Back to your room' }).waitFor();
  });

  it('downloads at most 200 KB of JavaScript (gzip) on a participant’s first visit to their room, until the page sits idle', async () => {
    // A participant in a room that is in use (a note and an action in it), opening it in a fresh browser.
    const context = page.context();
    await signInWithApi(context, 'day12@demo.weave.test');
    const slug = DAY.split('/').pop();
    const { gathering } = await graphql<{ gathering: { id: string } }>(
      context,
      'query ($slug: String!) { gathering(slug: $slug) { id } }',
      { slug },
    );
    const { wall } = await graphql<{ wall: { sessions: { id: string; title: string; spaceId: string | null }[] } }>(
      context,
      'query ($gatheringId: UUID!) { wall(gatheringId: $gatheringId) { sessions { id title spaceId } } }',
      { gatheringId: gathering.id },
    );
    const room = wall.sessions.filter((session) => session.spaceId).at(-1);
    if (!room) throw new Error('The big day has no session on the wall');
    await graphql(context, 'mutation ($input: SessionIdInput!) { joinRoom(input: $input) { __typename } }', {
      input: { sessionId: room.id },
    });
    await mutate(context, 'addNote', 'AddNoteInput', { sessionId: room.id, text: 'Start with the libraries.' });
    await mutate(context, 'addAction', 'AddActionInput', { sessionId: room.id, what: 'Write to the libraries', ownerName: 'Day twelve' });

    const scripts = await scriptsDownloaded(page, async () => {
      await page.goto(`${DAY}/rooms/${room.id}`);
      await page.getByRole('heading', { level: 1, name: room.title }).waitFor();
      await page.getByText('You’re in this room.').waitFor();
    });
    const kb = scripts.reduce((sum, script) => sum + script.bytes, 0) / 1024;
    console.log(`A first visit to a room: ${kb.toFixed(1)} KB of JavaScript (gzip) in ${scripts.length} files`);
    // Every file came gzip-compressed, but a few tiny ones that gzip would make larger.
    expect(scripts.filter((script) => script.encoding !== 'gzip' && script.bytes >= 512)).toEqual([]);
    expect(kb).toBeLessThanOrEqual(200);
    // What it shows without Mantine's input code (the note box, the actions' ticks, the language picker) passes axe.
    await checkPage(page, 'big-day-room-first-visit');
  });
});
