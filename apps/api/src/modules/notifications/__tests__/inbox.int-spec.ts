import { QueryCounter } from '../../../database/query-counter.js';
import { liveSubscription } from '../../../test/live-client.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { INBOX, inboxOf, MARK_ALL_READ, MARK_READ, tell, UNREAD } from './inbox.fixture.js';

// The inbox: each person reads only their own notifications, newest first, a
// page at a time, marks them read, and sees the unread count change live.

const LIVE = 'subscription { inboxUpdates { unreadCount latest { id kind facts { title } } } }';

describe('the inbox', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let actor: TestPerson;
  let reader: TestPerson;

  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
    actor = await t.newPerson({ displayName: 'Ana Actor' });
  });
  beforeEach(async () => {
    reader = await t.newPerson();
  });
  afterAll(() => t.close());

  const unread = async (person: TestPerson) =>
    (await person.client.data<{ unreadNotificationCount: number }>(UNREAD)).unreadNotificationCount;

  it('lists your notifications newest first, a page at a time, with who did it and what it is about', async () => {
    for (let i = 1; i <= 5; i++) await tell(t, [reader], actor, `inbox-order:${reader.id}:${i}`, `Gathering ${i}`);
    const first = await inboxOf(reader, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e) => e.node.facts.title)).toEqual(['Gathering 5', 'Gathering 4']);
    expect(first.edges[0].node).toMatchObject({
      kind: 'REGISTRATION_CONFIRMED',
      read: false,
      subjectType: 'GATHERING',
      actor: { id: actor.id, displayName: 'Ana Actor' },
      facts: { title: 'Gathering 5', slug: 'a-gathering', networkName: null },
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await inboxOf(reader, { first: 2, after: first.pageInfo.endCursor });
    const third = await inboxOf(reader, { first: 2, after: second.pageInfo.endCursor });
    expect([...second.edges, ...third.edges].map((e) => e.node.facts.title)).toEqual(['Gathering 3', 'Gathering 2', 'Gathering 1']);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges[0].cursor });
  });

  it('counts unread, marks one read and then all, and can list only the unread', async () => {
    for (let i = 1; i <= 3; i++) await tell(t, [reader], actor, `inbox-read:${reader.id}:${i}`);
    expect(await unread(reader)).toBe(3);
    const [newest] = (await inboxOf(reader)).edges;
    expect(
      (await reader.client.data<{ markNotificationRead: unknown }>(MARK_READ, { input: { notificationId: newest.node.id } }))
        .markNotificationRead,
    ).toEqual({
      id: newest.node.id,
      read: true,
    });
    expect(await unread(reader)).toBe(2);
    expect((await inboxOf(reader, { unreadOnly: true })).totalCount).toBe(2);
    expect((await reader.client.data<{ markAllNotificationsRead: number }>(MARK_ALL_READ)).markAllNotificationsRead).toBe(2);
    expect(await unread(reader)).toBe(0);
    expect((await inboxOf(reader)).edges.every((e) => e.node.read)).toBe(true);
    // Marking again changes nothing.
    expect((await reader.client.data<{ markAllNotificationsRead: number }>(MARK_ALL_READ)).markAllNotificationsRead).toBe(0);
  });

  it("never shows or touches someone else's notifications: their id is NOT_FOUND, as an id that does not exist", async () => {
    const other = await t.newPerson();
    await tell(t, [other], actor, `inbox-other:${other.id}`, 'Their private gathering');
    const [theirs] = (await inboxOf(other)).edges;
    expect((await inboxOf(reader)).totalCount).toBe(0);
    const refused = await reader.client.error(MARK_READ, { input: { notificationId: theirs.node.id } });
    const missing = await reader.client.error(MARK_READ, { input: { notificationId: '00000000-0000-4000-8000-00000000dead' } });
    expect(refused).toMatchObject({ code: 'NOT_FOUND', extensions: { reason: 'NotificationNotFound' } });
    expect(refused.message).toBe(missing.message);
    expect(JSON.stringify(refused)).not.toContain('Their private gathering');
    expect((await inboxOf(other)).edges[0].node.read).toBe(false);
    expect(await unread(reader)).toBe(0);
  });

  it('refuses signed-out callers, garbage ids and cursors it did not give out', async () => {
    const anon = t.client();
    expect((await anon.error(UNREAD)).code).toBe('UNAUTHENTICATED');
    expect((await anon.error(INBOX, {})).code).toBe('UNAUTHENTICATED');
    expect((await anon.error(MARK_ALL_READ)).code).toBe('UNAUTHENTICATED');
    expect((await reader.client.error(MARK_READ, { input: { notificationId: 'not-an-id' } })).code).toBe('BAD_USER_INPUT');
    expect((await reader.client.error(INBOX, { after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(await reader.client.error(INBOX, { after: forged })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await reader.client.error(INBOX, { first: 1000 })).code).toBe('BAD_USER_INPUT');
  });

  it('reads a page in the same number of statements whatever its size', async () => {
    for (let i = 1; i <= 30; i++) await tell(t, [reader], i % 2 ? actor : null, `inbox-count:${reader.id}:${i}`);
    const page = async (first: number) => (await counter.around(() => inboxOf(reader, { first }))).statements;
    const small = await page(2);
    expect(await page(30)).toBe(small);
    // Signing the reader in, the total, the page (names of the actors included).
    expect(small).toBeLessThanOrEqual(4);
  });

  it('is told once per event, and the unread count goes live to every API process when the act commits', async () => {
    const b = await createTestApp({ shareDatabaseWith: t });
    try {
      const live = liveSubscription<{ inboxUpdates: { unreadCount: number; latest: { facts: { title: string } } | null } }>(
        b,
        reader.client.cookieHeader,
        LIVE,
        {},
      );
      await live.until((v) => v.inboxUpdates.unreadCount === 0);
      expect(await tell(t, [reader, reader, actor], actor, `inbox-live:${reader.id}`, 'Told live')).toEqual([reader.id]);
      const update = await live.until((v) => v.inboxUpdates.unreadCount === 1);
      expect(update.inboxUpdates.latest?.facts.title).toBe('Told live');
      // The same event again tells nobody anew.
      expect(await tell(t, [reader], actor, `inbox-live:${reader.id}`, 'Told live')).toEqual([]);
      await reader.client.data(MARK_ALL_READ);
      await live.until((v) => v.inboxUpdates.unreadCount === 0 && live.values.length >= 3);
      expect(live.values.map((v) => v.inboxUpdates.unreadCount)).toEqual([0, 1, 0]);
      await live.close();
    } finally {
      await b.close();
    }
  });

  it('refuses the live inbox to signed-out callers', async () => {
    const live = liveSubscription(t, '', LIVE, {});
    await expect(live.until(() => true, 5000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await live.close();
  });
});
