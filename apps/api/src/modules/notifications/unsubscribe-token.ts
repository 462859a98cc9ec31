import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationKind } from './notification.enums.js';

/** What an unsubscribe link turns off: one kind's emails, or the daily digest. */
export type UnsubscribeScope = NotificationKind | 'digest';

const SCOPES = new Set<string>([...Object.values(NotificationKind), 'digest']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest();

/** `<person>.<scope>.<HMAC-SHA256 of both>`: anyone holding it may turn that off for that person, and nobody can make one. */
export function signUnsubscribe(secret: string, personId: string, scope: UnsubscribeScope): string {
  const payload = `${personId}.${scope}`;
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The person and scope a token was signed for; null for anything else (malformed, altered, or signed with another secret). */
export function verifyUnsubscribe(secret: string, token: string): { personId: string; scope: UnsubscribeScope } | null {
  if (token.length > 200) return null;
  const [personId, scope, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !personId || !scope || !signature || !UUID.test(personId) || !SCOPES.has(scope)) return null;
  const expected = mac(secret, `${personId}.${scope}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { personId, scope: scope as UnsubscribeScope };
}
