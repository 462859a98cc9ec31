import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { readSessionToken } from './session-cookie.js';
import { AccountsRepository } from './accounts.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Server-side sessions: a cookie carries a random token, the row says who it is. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: AccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * DAY_MS;
  }

  async start(personId: string, userAgent: string | undefined): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = await this.repository.insertSession({
      personId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      userAgent: userAgent?.slice(0, 400) ?? null,
    });
    return { token, sessionId };
  }

  /** The viewer for a cookie token, or null when it is unknown, revoked or expired. */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    return this.repository.viewerFor(hashToken(token));
  }

  /** The viewer of an HTTP request (its session cookie), for controllers outside GraphQL. */
  viewerForRequest(req: IncomingMessage): Promise<Viewer | null> {
    return this.viewerFor(readSessionToken(req));
  }

  async revoke(sessionId: string): Promise<void> {
    await this.repository.deleteSession(sessionId);
  }

  async revokeAllExcept(personId: string, keepSessionId: string): Promise<void> {
    await this.repository.deleteSessionsExcept(personId, keepSessionId);
  }
}
