import { DB_TOKEN, type Db } from '../../../database/database.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { NotificationKind, NotificationSubject } from '../notification.enums.js';
import { NotificationsService } from '../notifications.service.js';

// notify() is how every module tells people about an event: written in the
// act's transaction, once per person per event, never to the actor.

describe('notify', () => {
  let t: TestApp;
  let db: Db;
  let notifications: NotificationsService;
  let actor: TestPerson;
  let reader: TestPerson;

  const storedFor = async (personId: string) =>
    (await t.dataSource.query(`SELECT kind, actor_id, subject_type, event_key, data FROM notifications WHERE recipient_id = $1`, [
      personId,
    ])) as { kind: string; actor_id: string | null; subject_type: string; event_key: string; data: Record<string, string> }[];

  const notice = (eventKey: string, recipientIds: string[]) => ({
    kind: NotificationKind.MENTION,
    recipientIds,
    actorId: actor.id,
    subject: { type: NotificationSubject.POST, id: '00000000-0000-4000-8000-000000000001' },
    eventKey,
    data: { title: 'Carrying it on' },
  });

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<Db>(DB_TOKEN);
    notifications = t.app.get(NotificationsService);
    actor = await t.newPerson();
    reader = await t.newPerson();
  });
  afterAll(() => t.close());

  it('tells each person of an event once, however many paths reach them, and never the actor', async () => {
    const told = await db
      .transaction()
      .execute((trx) => notifications.notify(notice('post:once', [reader.id, reader.id, actor.id, reader.id]), trx));
    expect(told).toEqual([reader.id]);
    // The same event again (through another network, say) tells nobody anew.
    expect(await db.transaction().execute((trx) => notifications.notify(notice('post:once', [reader.id]), trx))).toEqual([]);
    expect(await storedFor(reader.id)).toEqual([
      { kind: 'mention', actor_id: actor.id, subject_type: 'post', event_key: 'post:once', data: { title: 'Carrying it on' } },
    ]);
    expect(await storedFor(actor.id)).toEqual([]);
  });

  it('is written with the act or not at all', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await notifications.notify(notice('post:rolled-back', [reader.id]), trx);
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    expect((await storedFor(reader.id)).map((n) => n.event_key)).not.toContain('post:rolled-back');
  });
});
