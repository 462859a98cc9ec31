import type { Page } from 'playwright-core';
import { createGatheringWithApi, graphql, registerWithApi, signInWithApi, signUpWithApi } from './support/api.js';
import { checkPage, openPeople, screenshot } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

// Unique per run, so nothing from an earlier run gets in the way.
const run = Date.now().toString(36);

describe('follow-up conversations: carry the conversation on after the day, live', () => {
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

  it('a participant replies by keyboard and another participant’s open page shows the reply without reloading, her bell counting it', async () => {
    // Set-up through the API: Connor's gathering, Nia and Owain registered, a question Connor seeds.
    await signInWithApi(connor.context(), 'connor@demo.weave.test');
    const gathering = await createGatheringWithApi(connor.context(), `Follow-up day ${run}`);
    for (const [page, name] of [
      [nia, 'Nia'],
      [owain, 'Owain'],
    ] as const) {
      await signUpWithApi(page.context(), { email: `${name.toLowerCase()}.${run}@example.org`, displayName: `${name} ${run}` });
      await registerWithApi(page.context(), gathering.id);
    }
    const question = `How can the convener exit? (${run})`;
    const { seedConversations } = await graphql<{ seedConversations: { id: string }[] }>(
      connor.context(),
      'mutation ($input: SeedConversationsInput!) { seedConversations(input: $input) { id } }',
      { input: { gatheringId: gathering.id, questions: [question] } },
    );
    const conversationPath = `/conversations/${seedConversations[0].id}`;

    // Nia finds it from the gathering page and keeps it open.
    await nia.goto(gathering.path);
    await nia.getByRole('link', { name: 'Follow-up conversations' }).click();
    await nia.getByRole('heading', { level: 1, name: 'Conversations of this gathering' }).waitFor();
    await nia.getByRole('link', { name: question }).waitFor();
    await checkPage(nia, 'conversations-list');
    await nia.getByRole('link', { name: question }).click();
    await nia.getByRole('heading', { level: 1, name: question }).waitFor();
    await checkPage(nia, 'conversation-1280');
    // She follows it, so new posts reach her bell; what it counts now is the baseline.
    await nia.getByRole('button', { name: 'Follow' }).click();
    await nia.getByText('You follow this conversation: you will be told of new posts.').waitFor();
    const bell = nia.getByTestId('notifications-bell');
    await bell.waitFor();
    const unreadBefore = Number(await bell.getAttribute('data-unread'));

    // Owain replies to the question, by keyboard only.
    await owain.goto(conversationPath);
    await owain.getByRole('heading', { level: 1, name: question }).waitFor();
    const first = owain.getByRole('article', { name: /^Post 1 by/ });
    await tabTo(owain, first.getByRole('button', { name: 'Reply' }));
    await owain.keyboard.press('Enter');
    const box = owain.getByRole('textbox', { name: /^Reply to/ });
    await tabTo(owain, box);
    const reply = `Hand the role on for a season first (${run}).`;
    await owain.keyboard.type(reply);
    await tabTo(owain, first.getByRole('button', { name: 'Send reply' }));
    await owain.keyboard.press('Enter');
    await owain
      .getByRole('article', { name: /^Post 2 by Owain/ })
      .getByText(reply)
      .waitFor();

    // Nia's page, never reloaded, shows it under the question.
    const arrived = nia.getByRole('article', { name: /^Post 2 by Owain/ });
    await arrived.getByText(reply).waitFor({ timeout: 10_000 });
    await nia.getByTestId('conversation-counts').getByText('2 posts').waitFor();
    // …and her bell counts it, live too.
    const unreadAfter = unreadBefore + 1;
    await nia.getByRole('link', { name: `Notifications, ${unreadAfter} unread` }).waitFor({ timeout: 10_000 });
    expect(Number(await bell.getAttribute('data-unread'))).toBe(unreadAfter);
    await checkPage(nia, 'conversation-live-reply');
    await nia.setViewportSize({ width: 320, height: 800 });
    await screenshot(nia, 'conversation-320');
  });
});
