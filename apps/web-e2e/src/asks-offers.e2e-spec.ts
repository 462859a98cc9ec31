import type { Page } from 'playwright-core';
import { createGatheringWithApi, graphql, registerWithApi, signInWithApi, signUpWithApi } from './support/api.js';
import { checkPage, openPeople, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);

describe('asks and offers: post an ask that an offer matches, edit it, introduce, mark it met', () => {
  let close: () => Promise<void>;
  let connor: Page;
  let nia: Page;

  beforeEach(async () => {
    let pages: Page[];
    ({ pages, close } = await openPeople(2));
    [connor, nia] = pages;
  });
  afterEach(() => close());

  it('by keyboard: the relevant offer ranks first, the two are introduced, and the ask is marked met', async () => {
    // Connor offers a minibus; Nia is new to Weave.
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const offerTitle = `Community minibus ${run} free on Tuesdays`;
    const endsOn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await graphql(connor.context(), 'mutation ($input: PostAskOfferInput!) { postAskOffer(input: $input) { id } }', {
      input: {
        side: 'OFFER',
        kind: 'EQUIPMENT',
        title: offerTitle,
        description: 'A sixteen-seat minibus with a volunteer driver, free every Tuesday.',
        themes: ['transport', 'older people'],
        area: 'Cynon Valley',
        endsOn,
      },
    });
    await signUpWithApi(nia.context(), { email: `nia.asks.${run}@example.org`, displayName: `Nia ${run}` });

    await nia.goto('/asks-offers');
    await nia.getByRole('heading', { level: 1, name: 'Asks and offers' }).waitFor();
    await nia.getByTestId('ask-offer-list').waitFor();
    await checkPage(nia, 'asks-offers-1280');

    // Nia posts an ask with the keyboard only.
    const askTitle = `A minibus ${run} on Tuesdays`;
    const form = nia.getByRole('region', { name: 'Post an ask or an offer' });
    await tabTo(nia, form.getByRole('textbox', { name: /In a few words/ }));
    await nia.keyboard.type(askTitle);
    await tabTo(nia, form.getByRole('textbox', { name: /More about it/ }));
    await nia.keyboard.type('To take older people to the lunch club every Tuesday.');
    await tabTo(nia, form.getByRole('textbox', { name: /^Themes/ }));
    await nia.keyboard.type('transport, older people');
    await tabTo(nia, form.getByRole('textbox', { name: /^Area/ }));
    await nia.keyboard.type('Cynon Valley');
    await tabTo(nia, form.getByRole('button', { name: 'Post', exact: true }));
    await nia.keyboard.press('Enter');
    await nia.getByRole('heading', { level: 1, name: askTitle }).waitFor();

    // She changes its words: a title too short is refused at once, then the area is saved.
    await tabTo(nia, nia.getByRole('button', { name: 'Edit it' }));
    await nia.keyboard.press('Enter');
    const edit = nia.getByRole('region', { name: 'Edit this ask' });
    const title = edit.getByRole('textbox', { name: /In a few words/ });
    await title.fill('Mb');
    await tabTo(nia, edit.getByRole('button', { name: 'Save changes' }));
    await nia.keyboard.press('Enter');
    await edit.getByText('Say what it is in at least 3 characters.').waitFor();
    await checkPage(nia, 'ask-offer-edit-1280');
    await title.fill(askTitle);
    await tabTo(nia, edit.getByRole('textbox', { name: /^Area/ }));
    await nia.keyboard.press('End');
    await nia.keyboard.type(' and Merthyr');
    await tabTo(nia, edit.getByRole('button', { name: 'Save changes' }));
    await nia.keyboard.press('Enter');
    await nia.getByText('Saved. Weave is looking for matches again.').waitFor();
    await nia.getByText('Area: Cynon Valley and Merthyr').waitFor();

    // Connor's offer is the first match.
    const first = nia.getByTestId('match-list').getByRole('listitem').first();
    await first.getByRole('link', { name: offerTitle }).waitFor();
    await checkPage(nia, 'ask-offer-matches-1280');

    await tabTo(nia, first.getByRole('button', { name: 'Introduce' }));
    await nia.keyboard.press('Enter');
    await first.getByRole('link', { name: 'Open the conversation' }).waitFor();
    await checkPage(nia, 'ask-offer-introduced');

    await tabTo(nia, first.getByRole('button', { name: 'Mark the ask met by this offer' }));
    await nia.keyboard.press('Enter');
    await nia.getByTestId('ask-offer-status').getByText('Met').waitFor();
    await nia.getByText(`Met by “${offerTitle}”`).waitFor();
    await checkPage(nia, 'ask-offer-met-1280');
    await nia.setViewportSize({ width: 320, height: 800 });
    await screenshot(nia, 'ask-offer-met-320');
    await nia.goto('/asks-offers');
    await nia.getByTestId('ask-offer-list').waitFor();
    await checkPage(nia, 'asks-offers-320');
  });
  it('on a gathering’s wall: a participant sees its asks and offers and posts one there, by keyboard', async () => {
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const gathering = await createGatheringWithApi(connor.context(), `Marketplace of offers ${run}`);
    await signUpWithApi(nia.context(), { email: `nia.wall.${run}@example.org`, displayName: `Nia ${run}` });
    await registerWithApi(nia.context(), gathering.id);

    await nia.goto(`${gathering.path}/wall`);
    const section = nia.getByRole('region', { name: 'Asks and offers from this gathering' });
    await section.getByText('None posted during this gathering yet.').waitFor();
    const form = section.getByRole('form', { name: 'Post an ask or offer here' });
    await tabTo(nia, form.getByRole('combobox', { name: 'I am posting' }));
    await nia.keyboard.press('ArrowDown');
    const offerTitle = `Lifts home after dark ${run}`;
    await tabTo(nia, form.getByRole('textbox', { name: /In a few words/ }));
    await nia.keyboard.type(offerTitle);
    await tabTo(nia, form.getByRole('button', { name: 'Post here' }));
    await nia.keyboard.press('Enter');
    await section.getByRole('link', { name: offerTitle, exact: true }).waitFor();
    await form.getByRole('link', { name: new RegExp(`Add details to “${offerTitle}”`) }).waitFor();
    await checkPage(nia, 'wall-asks-offers-1280');
    await nia.setViewportSize({ width: 320, height: 800 });
    await screenshot(nia, 'wall-asks-offers-320');

    // It is tied to the gathering, as an offer.
    await form.getByRole('link', { name: new RegExp(`Add details to “${offerTitle}”`) }).click();
    await nia.getByRole('heading', { level: 1, name: offerTitle }).waitFor();
    await nia.getByText(`Posted during Marketplace of offers ${run}`).waitFor();
    await nia.getByText('Offer', { exact: true }).first().waitFor();
  });
});
