import { routes } from '../../../app/routes';

export const DEFAULT_AFTER_SIGN_IN = routes.account();

/**
 * Only same-site paths are allowed after sign in, so a crafted link
 * (`?next=https://evil.example`) cannot send someone elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return next;
}
