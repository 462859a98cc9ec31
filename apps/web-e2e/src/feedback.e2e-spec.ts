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

describe('feedback after a gathering', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let participant: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(2));
    [connor, participant] = pages;
  });
  afterEach(() => close());

  it('a participant answers from the link on the harvest, by keyboard on a phone-sized page, and may change it', async () => {
    const title = `Feedback day ${run}`;
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const { id, path } = await createGatheringWithApi(connor.context(), title);
    await signUpWithApi(participant.context(), { email: `feedback.${run}@example.org`, displayName: `Fflur ${run}` });
    await registerWithApi(participant.context(), id);
    await gatheringMutation(connor.context(), 'setGatheringStatus', { gatheringId: id, status: 'CLOSED' });

    await participant.setViewportSize({ width: 320, height: 800 });
    await participant.goto(path);
    await participant.getByRole('link', { name: 'Open the harvest' }).click();
    await participant.getByRole('link', { name: 'Tell the conveners how it went' }).click();
    await participant.getByRole('heading', { level: 1, name: `How was “${title}”?` }).waitFor();

    // Keyboard: into the first scale, then the arrow keys move along its points.
    const networking = participant.getByRole('group', { name: 'I know people in other groups I can work with' });
    await tabTo(participant, networking.getByRole('radio', { name: '1 – Not at all' }));
    await participant.keyboard.press('Space');
    await participant.keyboard.press('ArrowDown');
    await participant.keyboard.press('ArrowDown');
    await participant.keyboard.press('ArrowDown');
    expect(await networking.getByRole('radio', { name: '4 – Quite a lot' }).isChecked()).toBe(true);
    const trust = participant.getByRole('group', { name: 'I trust people here to talk about hard issues' });
    await trust.getByText('5 – Very much').click();
    await participant.getByLabel('How many new people did you meet?').fill('3');
    await participant.getByLabel('Anything else you want to tell the conveners?').fill('The lunch table was where it happened.');
    await checkAtBothWidths(participant, 'feedback-form');

    await participant.getByRole('button', { name: 'Send my answers' }).click();
    await participant.getByText('Thank you. Your answers are saved.').first().waitFor();
    await participant.getByText(/You can change them until \d{1,2} [A-Z][a-z]+ \d{4}/).waitFor();
    await checkAtBothWidths(participant, 'feedback-thanks');

    // Changing it: the earlier answer is there, and saving again keeps one answer.
    await participant.reload();
    expect(await participant.getByRole('radio', { name: '4 – Quite a lot' }).first().isChecked()).toBe(true);
    await participant.getByRole('group', { name: 'I know people in other groups I can work with' }).getByText('5 – Very much').click();
    await participant.getByRole('button', { name: 'Save my changes' }).click();
    await participant.getByText('Thank you. Your answers are saved.').first().waitFor();
  });

  it('a convener sees the results without names, from the harvest of the demo’s closed open-space day', async () => {
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    await connor.goto('/gatherings/cynon-valley-open-space/harvest');
    await connor.getByRole('link', { name: 'See the feedback results' }).click();
    await connor.getByRole('heading', { level: 1, name: 'Feedback on “Cynon Valley Open Space”' }).waitFor();
    await connor.getByText('6 of 7 people with a place answered (86%).').waitFor();
    const scales = connor.getByRole('table', { name: /How many people chose each answer/ });
    await scales.getByRole('rowheader', { name: 'I know people in other groups I can work with' }).waitFor();
    await connor.getByRole('heading', { name: 'What should the next open space be about?' }).waitFor();
    await connor.getByText('Transport in the upper valley').waitFor();
    await checkAtBothWidths(connor, 'feedback-results');
  });
});
