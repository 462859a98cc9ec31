import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { graphql, registerNetworkWithApi, signInWithApi, signUpWithApi } from './support/api.js';
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

/** A new person facilitating a new coalition of their own; returns its id and slug. */
async function aCoalition(context: BrowserContext, name: string): Promise<{ id: string; slug: string }> {
  await signUpWithApi(context, { email: `impact.${name.toLowerCase().replace(/\W+/g, '.')}@example.org`, displayName: `Ffion ${run}` });
  const { id, path } = await registerNetworkWithApi(context, { name, kind: 'COALITION', purpose: 'Joining up the valley’s work.' });
  return { id, slug: path.replace('/networks/', '') };
}

const impactSection = (page: Page) => page.getByRole('region', { name: 'Relational impact' });

describe('relational impact', () => {
  let close: () => Promise<void>;
  let facilitator: Page;
  let funder: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(2));
    [facilitator, funder] = pages;
  });
  afterEach(() => close());

  it('a facilitator publishes a measure by keyboard, and the public section then shows it', async () => {
    const name = `Valley Coalition ${run}`;
    const { slug } = await aCoalition(facilitator.context(), name);

    // Signed out, before anything is published: the section says so.
    await funder.goto(`/networks/${slug}`);
    await impactSection(funder).getByText(`${name} has not published figures about its relational impact yet.`).waitFor();

    await facilitator.goto(`/networks/${slug}/manage`);
    await facilitator.getByTestId('impact-link').click();
    await facilitator.getByRole('heading', { level: 1, name: `Relational impact of ${name}` }).waitFor();
    const form = facilitator.getByRole('region', { name: 'What to publish' });
    await form.getByText(/Choose the measures anyone may see/).waitFor();
    const newTies = form.getByRole('checkbox', { name: /New ties between people/ });
    await tabTo(facilitator, newTies);
    await facilitator.keyboard.press('Space');
    expect(await newTies.isChecked()).toBe(true);
    await tabTo(facilitator, form.getByRole('button', { name: 'Save what is published' }));
    await facilitator.keyboard.press('Enter');
    await form.getByText('Saved. Everyone now sees the measures you chose.').waitFor();
    await checkAtBothWidths(facilitator, 'impact-facilitator');

    await funder.reload();
    const section = impactSection(funder);
    await section.getByRole('heading', { name: 'New ties between people' }).waitFor();
    expect(await section.getByText(/Feedback before and after/).count()).toBe(0);
    await checkAtBothWidths(funder, 'impact-profile-section');
  });

  it('a funder, signed out, finds a coalition that publishes in the directory, opens its impact from its profile and downloads the report', async () => {
    const name = `Report Coalition ${run}`;
    const { id, slug } = await aCoalition(facilitator.context(), name);
    await graphql(
      facilitator.context(),
      'mutation ($input: SetImpactPublicationsInput!) { setImpactPublications(input: $input) { networkId } }',
      {
        input: { networkId: id, measures: ['NEW_TIES', 'FEEDBACK'] },
      },
    );

    // The directory's card says the coalition publishes, and links to its figures.
    await funder.goto(`/networks?${new URLSearchParams({ q: name })}`);
    const card = funder.getByRole('article', { name });
    await expect(card.getByRole('link', { name: 'Relational impact: published figures' }).getAttribute('href')).resolves.toBe(
      `/coalitions/${slug}/impact`,
    );

    await funder.goto(`/networks/${slug}`);
    const open = impactSection(funder).getByRole('link', { name: 'See the relational impact over time' });
    await tabTo(funder, open);
    await funder.keyboard.press('Enter');
    await funder.getByRole('heading', { level: 1, name: `Relational impact of ${name}` }).waitFor();
    await funder.getByText(`These are the measures ${name} has chosen to publish.`).waitFor();
    await funder.getByRole('table', { name: 'New ties between people: the figures' }).waitFor();
    await funder.getByRole('table', { name: 'Feedback before and after: the figures' }).waitFor();
    expect(await funder.getByRole('region', { name: 'What to publish' }).count()).toBe(0);
    expect(await funder.getByRole('heading', { name: 'Bridging in the map' }).count()).toBe(0);
    await checkAtBothWidths(funder, 'impact-funder');

    const download = funder.getByRole('link', { name: 'Download the figures (CSV)' });
    await tabTo(funder, download);
    const [file] = await Promise.all([funder.waitForEvent('download'), funder.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^impact-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    // The API's CSV (same access rules as the page): only the published measures, one row per figure per period.
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trim().split(/\r?\n/);
    expect(header).toBe('"Period","Starts","Measure","Figure","Scale","Value"');
    expect(rows.some((row) => row.startsWith('"Total","","New ties between people","Confirmed ties",""'))).toBe(true);
    expect(rows.some((row) => row.includes('"Feedback"'))).toBe(true);
    expect(rows.some((row) => row.includes('Bridging'))).toBe(false);
    // Nothing here rests on five people yet: every figure says so in words, none reads 0.
    for (const row of rows) expect(row).toMatch(/"fewer than 5"$/);

    // The printable report: the figures without the header and menus.
    await funder.emulateMedia({ media: 'print' });
    expect(await funder.getByRole('banner').isVisible()).toBe(false);
    expect(await funder.getByRole('table', { name: 'New ties between people: the figures' }).isVisible()).toBe(true);
    await screenshot(funder, 'impact-print');
  });

  it('a convener sees the demo open space’s impact in full', async () => {
    await signInWithApi(facilitator.context(), 'connor@demo.weave.test');
    await facilitator.goto('/gatherings/cynon-valley-open-space/dashboard');
    await facilitator.getByTestId('impact-link').click();
    await facilitator.getByRole('heading', { level: 1, name: /Relational impact of/ }).waitFor();
    await facilitator.getByText(/You see every measure/).waitFor();
    await facilitator.getByRole('table', { name: 'New ties between people: the figures' }).waitFor();
    await checkAtBothWidths(facilitator, 'impact-gathering');
  });
});
