import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { displayNameOf, personProfiles, provedEmailOf } from '../accounts/accounts.fragments.js';
import { defaultDeliverySql } from './notification-defaults.js';
import { NotificationDelivery, type NotificationKind } from './notification.enums.js';

/** A notification with what its email needs: who it goes to (address, name, language) and who caused it. */
export interface NotificationToEmail {
  id: string;
  kind: NotificationKind;
  data: Record<string, string>;
  recipientId: string;
  email: string;
  displayName: string;
  locale: string;
  actorName: string | null;
  delivery: NotificationDelivery;
}

/** A recent notification not yet emailed nor read: a digest goes out only while there is something new. */
const DIGEST_WINDOW = sql<Date>`now() - interval '7 days'`;

/** All SQL on notification_preferences and notification_keys, and on notifications for their delivery by email. */
@Injectable()
export class NotificationDeliveryRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** The preferences a person has chosen (kinds without a row follow their default). */
  async chosen(personId: string): Promise<{ kind: NotificationKind; delivery: NotificationDelivery }[]> {
    const rows = await this.db
      .selectFrom('notificationPreferences')
      .select(['kind', 'delivery'])
      .where('personId', '=', personId)
      .execute();
    return rows as { kind: NotificationKind; delivery: NotificationDelivery }[];
  }

  /** The chosen delivery of one kind for each of these people (absent: the default). */
  async chosenFor(
    kind: NotificationKind,
    personIds: readonly string[],
    db: Executor = this.db,
  ): Promise<Map<string, NotificationDelivery>> {
    if (personIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('notificationPreferences')
      .select(['personId', 'delivery'])
      .where('kind', '=', kind)
      .where('personId', 'in', [...personIds])
      .execute();
    return new Map(rows.map((r) => [r.personId, r.delivery as NotificationDelivery]));
  }

  async choose(
    personId: string,
    kinds: readonly NotificationKind[],
    delivery: NotificationDelivery,
    db: Executor = this.db,
  ): Promise<void> {
    if (kinds.length === 0) return;
    await db
      .insertInto('notificationPreferences')
      .values(kinds.map((kind) => ({ personId, kind, delivery })))
      .onConflict((oc) => oc.columns(['personId', 'kind']).doUpdateSet({ delivery, updatedAt: sql`now()` }))
      .execute();
  }

  async personExists(personId: string): Promise<{ locale: string } | undefined> {
    return this.db.selectFrom(personProfiles().as('p')).select('p.locale').where('p.id', '=', personId).executeTakeFirst();
  }

  private secretOnce?: Promise<string>;

  /** The signing secret of unsubscribe links (read once: it never changes). */
  secret(): Promise<string> {
    this.secretOnce ??= this.db
      .selectFrom('notificationKeys')
      .select('secret')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow()
      .then((row) => row.secret);
    this.secretOnce.catch(() => (this.secretOnce = undefined));
    return this.secretOnce;
  }

  /**
   * One notification not yet emailed, locked for the sending transaction (SKIP LOCKED: another process
   * sending it already means nothing to do here), with its recipient and its current delivery.
   */
  async lockToEmail(id: string, trx: Executor): Promise<NotificationToEmail | undefined> {
    const rows = await this.toEmail(trx).where('n.id', '=', id).forUpdate('n').skipLocked().execute();
    return rows[0];
  }

  /** A person's notifications waiting for their digest (digest delivery, not yet emailed nor read, recent), oldest first, locked. */
  async lockDigest(personId: string, trx: Executor): Promise<NotificationToEmail[]> {
    const rows = await this.toEmail(trx)
      .where('n.recipientId', '=', personId)
      .where('n.readAt', 'is', null)
      .where('n.createdAt', '>', DIGEST_WINDOW)
      .orderBy('n.createdAt')
      .orderBy('n.id')
      .forUpdate('n')
      .skipLocked()
      .execute();
    return rows.filter((r) => r.delivery === NotificationDelivery.DIGEST);
  }

  /** Everyone with something waiting for a digest. */
  async digestRecipients(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('notifications as n')
      .select('n.recipientId')
      .distinct()
      .where('n.emailedAt', 'is', null)
      .where('n.readAt', 'is', null)
      .where('n.createdAt', '>', DIGEST_WINDOW)
      .where(sql<string>`${this.deliveryOf()}`, '=', NotificationDelivery.DIGEST)
      .execute();
    return rows.map((r) => r.recipientId);
  }

  async markEmailed(ids: readonly string[], trx: Executor): Promise<void> {
    if (ids.length === 0) return;
    await trx
      .updateTable('notifications')
      .set({ emailedAt: sql`now()` })
      .where('id', 'in', [...ids])
      .execute();
  }

  private toEmail(db: Executor) {
    return (
      db
        .selectFrom('notifications as n')
        .innerJoin(personProfiles().as('p'), 'p.id', 'n.recipientId')
        .select([
          'n.id',
          'n.kind',
          'n.data',
          'n.recipientId',
          'p.email',
          'p.displayName',
          'p.locale',
          displayNameOf(sql.ref('n.actorId')).as('actorName'),
          sql<NotificationDelivery>`${this.deliveryOf()}`.as('delivery'),
        ])
        .where('n.emailedAt', 'is', null)
        // Only to an address its owner has proved: an unproved account may be a stranger's use of it.
        .where((w) => w.exists(provedEmailOf(w.ref('n.recipientId'))))
        .$narrowType<{ kind: NotificationKind; data: Record<string, string>; actorName: string | null }>()
    );
  }

  /** A notification's delivery now: its recipient's choice for its kind, or the kind's default. */
  private deliveryOf() {
    return sql`COALESCE(
      (SELECT chosen.delivery FROM notification_preferences chosen WHERE chosen.person_id = n.recipient_id AND chosen.kind = n.kind),
      ${defaultDeliverySql(sql.ref('n.kind'))})`;
  }
}
