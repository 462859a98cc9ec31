import { sql, type RawBuilder } from 'kysely';
import { NotificationDelivery as D, NotificationKind as K } from './notification.enums.js';

/**
 * How each kind reaches a person who has not chosen: what needs them soon (a place, an invitation, an
 * action, a mention) by email at once; what can wait for the day's digest; a busy conversation's every
 * post only in the app.
 */
export const DEFAULT_DELIVERY: Record<K, D> = {
  [K.REGISTRATION_CONFIRMED]: D.EMAIL,
  [K.REGISTRATION_CHANGED]: D.EMAIL,
  [K.REGISTRATION_WAITLISTED]: D.EMAIL,
  [K.REGISTRATION_PROMOTED]: D.EMAIL,
  [K.REGISTRATION_APPROVED]: D.EMAIL,
  [K.ROLE_INVITATION]: D.EMAIL,
  [K.CO_CONVENE_INVITATION]: D.EMAIL,
  [K.TIE_PROPOSED]: D.EMAIL,
  [K.TIE_ANSWERED]: D.DIGEST,
  [K.REPLY]: D.DIGEST,
  [K.MENTION]: D.EMAIL,
  [K.CONVERSATION_POST]: D.IN_APP,
  [K.ACTION_GIVEN]: D.EMAIL,
  [K.ACTION_DUE_SOON]: D.EMAIL,
  [K.HARVEST_PUBLISHED]: D.DIGEST,
  // The invitation email (with its personal link) already tells each invited person.
  [K.FOLLOW_UP_ANNOUNCED]: D.IN_APP,
  [K.CONNECTION_PROPOSED]: D.EMAIL,
  [K.CONNECTION_CONFIRMED]: D.DIGEST,
  [K.MATCH_FOUND]: D.EMAIL,
  [K.FEEDBACK_REQUESTED]: D.EMAIL,
};

/** The default delivery of the kind in column `kindColumn`, in SQL (a CASE over the table above). */
export function defaultDeliverySql(kindColumn: RawBuilder<unknown>): RawBuilder<string> {
  const cases = Object.entries(DEFAULT_DELIVERY).map(([kind, delivery]) => sql`WHEN ${kind} THEN ${delivery}`);
  return sql<string>`CASE ${kindColumn} ${sql.join(cases, sql` `)} ELSE ${D.IN_APP} END`;
}
