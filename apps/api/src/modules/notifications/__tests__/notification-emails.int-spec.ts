import { DB_TOKEN, type Db } from '../../../database/database.js';
import { JobsService } from '../../../common/jobs/jobs.service.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { DIGEST_JOB } from '../notification-emails.service.js';
import { NotificationKind, NotificationSubject } from '../notification.enums.js';
import { NotificationsService, type Notice } from '../notifications.service.js';

// Notifications by email: at once or in a daily digest as each person chooses per kind, in their
// language, each email with a one-click unsubscribe that works without signing in.

const PREFERENCES = '{ notificationPreferences { kind delivery isDefault } }';
const SET = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind delivery isDefault } }`;
const SUBJECT = { type: NotificationSubject.POST, id: '00000000-0000-4000-8000-000000000001' };

describe('notification emails', () => {
  let t: TestApp;
  let db: Db;
  let notifications: NotificationsService;
  let ana: TestPerson;

  const notify = (notice: Partial<Notice> & Pick<Notice, 'recipientIds' | 'eventKey'>) =>
    db.transaction().execute((trx) =>
      notifications.notify(
        {
          kind: NotificationKind.MENTION,
          actorId: ana.id,
          subject: SUBJECT,
          data: { title: 'Carrying it on', path: '/conversations/c1' },
          ...notice,
        },
        trx,
      ),
    );
  const mailTo = async (person: TestPerson) => (await t.outbox()).filter((m) => m.to === person.email);
  const unsubscribeUrl = (mail: { headers: (name: string) => string }) => mail.headers('List-Unsubscribe').match(/^<(https?:[^>]+)>$/)![1];
  const preferenceOf = async (person: TestPerson, kind: NotificationKind) =>
    (
      await person.client.data<{ notificationPreferences: { kind: string; delivery: string; isDefault: boolean }[] }>(PREFERENCES)
    ).notificationPreferences.find((p) => p.kind === kind.toUpperCase());

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<Db>(DB_TOKEN);
    notifications = t.app.get(NotificationsService);
    ana = await t.newPerson({ displayName: 'Ana Actor' });
  });
  afterAll(() => t.close());

  it('emails a mention at once, in each person’s language, with a one-click unsubscribe', async () => {
    const ben = await t.newPerson({ displayName: 'Ben' });
    const cerys = await t.newPerson({ displayName: 'Cerys' });
    await t.dataSource.query(`UPDATE people SET locale = 'cy' WHERE id = $1`, [cerys.id]);
    await notify({ recipientIds: [ben.id, cerys.id], eventKey: 'post:mention-1' });

    const [english] = await mailTo(ben);
    expect(english.subject).toBe('Ana Actor mentioned you in "Carrying it on"');
    expect(english.text).toContain('Hello Ben,');
    expect(english.text).toMatch(/^Open it in Weave: http:\/\/\S+\/conversations\/c1$/m);
    expect(english.headers('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeUrl(english)).toMatch(/\/api\/notifications\/unsubscribe\/[\w-]+\.mention\.[\w-]{43}$/);

    const [welsh] = await mailTo(cerys);
    expect(welsh.subject).toBe('Mae Ana Actor wedi sôn amdanoch yn "Carrying it on"');
    expect(welsh.text).toContain('Helo Cerys,');
    expect(welsh.headers('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // Each email once, however often the queue is drained.
    await t.drainJobs();
    expect(await mailTo(ben)).toHaveLength(1);
  });

  it('emails only an address its owner has proved (an unproved account may be a stranger using it); the inbox still has it', async () => {
    const unproved = await t.newPerson({ displayName: 'Not Yet', verified: false });
    expect(await notify({ recipientIds: [unproved.id], eventKey: 'post:mention-unproved' })).toEqual([unproved.id]);
    expect((await t.outbox()).filter((m) => m.to === unproved.email)).toEqual([]);
  });

  it('turns that kind’s email off with one POST to the link, without signing in; opening the link only asks', async () => {
    const dan = await t.newPerson({ displayName: 'Dan' });
    await notify({ recipientIds: [dan.id], eventKey: 'post:mention-2' });
    const path = new URL(unsubscribeUrl((await mailTo(dan))[0])).pathname;

    const page = await fetch(`${t.baseUrl}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post">');
    expect(html).toContain('Stop the emails Weave sends you about mentions?');
    expect(await preferenceOf(dan, NotificationKind.MENTION)).toEqual({ kind: 'MENTION', delivery: 'EMAIL', isDefault: true });

    const oneClick = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await preferenceOf(dan, NotificationKind.MENTION)).toEqual({ kind: 'MENTION', delivery: 'IN_APP', isDefault: false });
    // Other kinds are untouched; the next mention is in the app but not emailed.
    expect(await preferenceOf(dan, NotificationKind.ACTION_GIVEN)).toMatchObject({ delivery: 'EMAIL', isDefault: true });
    expect(await notify({ recipientIds: [dan.id], eventKey: 'post:mention-3' })).toEqual([dan.id]);
    expect(await mailTo(dan)).toHaveLength(1);
  });

  it('refuses a made-up or altered link, changing nothing', async () => {
    const eve = await t.newPerson();
    const fay = await t.newPerson();
    await notify({ recipientIds: [eve.id], eventKey: 'post:mention-4' });
    const path = new URL(unsubscribeUrl((await mailTo(eve))[0])).pathname;
    const [, , , , token] = path.split('/');
    const [, scope, signature] = token.split('.');
    for (const forged of [
      `${fay.id}.${scope}.${signature}`, // someone else's id with Eve's signature
      `${eve.id}.action_given.${signature}`, // another kind
      `${eve.id}.${scope}.${'A'.repeat(43)}`,
      'garbage',
      `${'x'.repeat(300)}`,
    ]) {
      const answer = await fetch(`${t.baseUrl}/api/notifications/unsubscribe/${forged}`, { method: 'POST' });
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain('This unsubscribe link does not work');
    }
    expect(await preferenceOf(fay, NotificationKind.MENTION)).toMatchObject({ isDefault: true });
    expect(await preferenceOf(eve, NotificationKind.MENTION)).toMatchObject({ isDefault: true });
    expect(await preferenceOf(eve, NotificationKind.ACTION_GIVEN)).toMatchObject({ isDefault: true });
  });

  it('lets each person choose per kind; off means not even in the app; signed-out callers are refused', async () => {
    const gus = await t.newPerson();
    const all = (await gus.client.data<{ notificationPreferences: { kind: string; delivery: string; isDefault: boolean }[] }>(PREFERENCES))
      .notificationPreferences;
    expect(all).toHaveLength(Object.values(NotificationKind).length);
    expect(all.find((p) => p.kind === 'REPLY')).toEqual({ kind: 'REPLY', delivery: 'DIGEST', isDefault: true });
    expect(all.find((p) => p.kind === 'CONVERSATION_POST')).toEqual({ kind: 'CONVERSATION_POST', delivery: 'IN_APP', isDefault: true });

    expect(await gus.client.data(SET, { input: { kind: 'MENTION', delivery: 'OFF' } })).toEqual({
      setNotificationPreference: { kind: 'MENTION', delivery: 'OFF', isDefault: false },
    });
    expect(await notify({ recipientIds: [gus.id], eventKey: 'post:mention-5' })).toEqual([]);
    expect(await t.dataSource.query(`SELECT id FROM notifications WHERE recipient_id = $1`, [gus.id])).toEqual([]);
    expect(await mailTo(gus)).toEqual([]);

    const signedOut = await t.client().request(PREFERENCES);
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await gus.client.request(SET, { input: { kind: 'NOT_A_KIND', delivery: 'EMAIL' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends one daily digest per person, one line per event however many paths it came by, never twice', async () => {
    const hal = await t.newPerson({ displayName: 'Hal' });
    const other = await t.newPerson();
    // One reply reaching Hal through three networks (three notices, one event), and a harvest.
    for (const path of [[hal.id, other.id], [hal.id], [hal.id]]) {
      await notify({ kind: NotificationKind.REPLY, recipientIds: path, eventKey: 'post:reply-1', data: { title: 'Food and belonging' } });
    }
    await notify({
      kind: NotificationKind.HARVEST_PUBLISHED,
      recipientIds: [hal.id],
      eventKey: 'harvest:h1',
      data: { title: 'Spring gathering', path: '/gatherings/spring/harvest' },
    });
    // Already read in the app: not repeated by email.
    await notify({ kind: NotificationKind.TIE_ANSWERED, recipientIds: [hal.id], eventKey: 'tie:t1', data: { title: 'Food Network' } });
    await t.dataSource.query(`UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND event_key = 'tie:t1'`, [hal.id]);
    expect(await mailTo(hal)).toEqual([]);

    await t.app.get(JobsService).enqueue(DIGEST_JOB, {});
    const digests = await mailTo(hal);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('Your day on Weave: 2 new things');
    const lines = digests[0].text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([
      expect.stringMatching(/^- Ana Actor replied to you in "Food and belonging": http:\/\/\S+\/$/),
      expect.stringMatching(/^- The harvest of "Spring gathering" is published: http:\/\/\S+\/gatherings\/spring\/harvest$/),
    ]);
    expect(digests[0].headers('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeUrl(digests[0])).toMatch(/\.digest\.[\w-]{43}$/);

    // The next day's digest has nothing new for Hal.
    await t.app.get(JobsService).enqueue(DIGEST_JOB, {});
    expect(await mailTo(hal)).toHaveLength(1);

    // Its link stops the digest: the kinds in it stay in the app.
    await fetch(unsubscribeUrl(digests[0]).replace(/^https?:\/\/[^/]+/, t.baseUrl), { method: 'POST' });
    expect(await preferenceOf(hal, NotificationKind.REPLY)).toMatchObject({ delivery: 'IN_APP' });
    expect(await preferenceOf(hal, NotificationKind.HARVEST_PUBLISHED)).toMatchObject({ delivery: 'IN_APP' });
    expect(await preferenceOf(hal, NotificationKind.MENTION)).toMatchObject({ delivery: 'EMAIL', isDefault: true });
  });
});
