import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import type { Viewer } from '../../common/access/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SessionEntity } from './session.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Server-side sessions: a cookie carries a random token, the row says who it is. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlDays * DAY_MS;
  }

  async start(personId: string, userAgent: string | undefined): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const session = await this.sessions.save(
      this.sessions.create({
        personId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + this.ttlMs),
        userAgent: userAgent?.slice(0, 400) ?? null,
      }),
    );
    return { token, sessionId: session.id };
  }

  /** The viewer for a cookie token, or null when it is unknown, revoked or expired. */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    // Every signed-in request asks this: one plain statement, no query builder.
    const [row]: Viewer[] = await this.sessions.query(
      `SELECT s.id AS "sessionId", s.person_id AS "personId", p.is_platform_admin AS "isPlatformAdmin"
         FROM sessions s JOIN people p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    return row ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async revokeAllExcept(personId: string, keepSessionId: string): Promise<void> {
    await this.sessions.delete({ personId, id: Not(keepSessionId) });
  }
}
