import { DB_TOKEN, type Db } from '../../../database/database.js';
import type { TestApp, TestPerson } from '../../../test/test-app.js';
import { NotificationKind, NotificationSubject } from '../notification.enums.js';
import { NotificationsService } from '../notifications.service.js';

export const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind read createdAt subjectType subjectId actor { id displayName } facts { title slug networkName otherNetworkName side answer role } } }
  } }`;
export const UNREAD = 'query { unreadNotificationCount }';
export const MARK_READ = 'mutation($input: NotificationIdInput!) { markNotificationRead(input: $input) { id read } }';
export const MARK_ALL_READ = 'mutation { markAllNotificationsRead }';

export interface InboxNode {
  id: string;
  kind: string;
  read: boolean;
  createdAt: string;
  subjectType: string;
  subjectId: string;
  actor: { id: string; displayName: string } | null;
  facts: Record<string, string | null>;
}

export interface InboxPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: InboxNode }[];
}

/** The person's inbox as they read it. */
export async function inboxOf(person: TestPerson, variables: Record<string, unknown> = {}): Promise<InboxPage> {
  return (await person.client.data<{ notifications: InboxPage }>(INBOX, variables)).notifications;
}

/** Stores a notice through notify(), in a transaction of its own (as a module's act would). */
export function tell(
  t: TestApp,
  recipients: Pick<TestPerson, 'id'>[],
  actor: Pick<TestPerson, 'id'> | null,
  eventKey: string,
  title = 'A gathering',
): Promise<string[]> {
  const db = t.app.get<Db>(DB_TOKEN);
  const notifications = t.app.get(NotificationsService);
  return db.transaction().execute((trx) =>
    notifications.notify(
      {
        kind: NotificationKind.REGISTRATION_CONFIRMED,
        recipientIds: recipients.map((r) => r.id),
        actorId: actor?.id ?? null,
        subject: { type: NotificationSubject.GATHERING, id: '00000000-0000-4000-8000-000000000001' },
        eventKey,
        data: { title, slug: 'a-gathering' },
      },
      trx,
    ),
  );
}

/** Gives `person` a current role in a network (as accepting an invitation leaves it). */
export async function grantNetworkRole(t: TestApp, person: Pick<TestPerson, 'id'>, networkId: string, role: string): Promise<void> {
  await t.dataSource.query(`INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, $3)`, [
    person.id,
    networkId,
    role,
  ]);
}

/** Every notification stored for the person, oldest first (kind, event key and facts). */
export async function storedFor(t: TestApp, person: Pick<TestPerson, 'id'>) {
  return (await t.dataSource.query(
    `SELECT kind, actor_id AS "actorId", subject_id AS "subjectId", data FROM notifications WHERE recipient_id = $1 ORDER BY created_at, id`,
    [person.id],
  )) as { kind: string; actorId: string | null; subjectId: string; data: Record<string, string> }[];
}
