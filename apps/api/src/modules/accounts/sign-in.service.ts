import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { AccountsService } from './accounts.service.js';
import type { ChangePasswordInput } from './dtos/change-password.input.js';
import type { SignInInput } from './dtos/sign-in.input.js';
import type { SignUpInput } from './dtos/sign-up.input.js';
import type { Person } from './person.js';
import { SessionsService } from './sessions.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { SignInLinksService } from './sign-in-links.service.js';

/** A new session: the person, the viewer it makes, and the token for the cookie. */
export interface NewSession {
  person: Person;
  viewer: Viewer;
  token: string;
  maxAgeMs: number;
}

/** The ways in and out: each starts or ends sessions around what AccountsService checks. */
@Injectable()
export class SignInService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
    private readonly links: SignInLinksService,
  ) {}

  async signUp(input: SignUpInput, userAgent: string | undefined): Promise<NewSession> {
    return this.start(await this.accounts.signUp(input), userAgent);
  }

  /** Attempts are limited per IP and, for failures, per email. */
  async signIn(input: SignInInput, ip: string, userAgent: string | undefined): Promise<NewSession> {
    await this.limiter.attempt(ip, input.email);
    const person = await this.accounts.verifyCredentials(input.email, input.password).catch(async (error: unknown) => {
      await this.limiter.failed(input.email);
      throw error;
    });
    await this.limiter.succeeded(input.email);
    return this.start(person, userAgent);
  }

  async signInWithLink(token: string, userAgent: string | undefined): Promise<NewSession> {
    return this.start(await this.links.consume(token), userAgent);
  }

  async signOut(viewer: Viewer | null): Promise<void> {
    if (viewer) await this.sessions.revoke(viewer.sessionId);
  }

  /** Changes the password and ends every other session of the person. */
  async changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
    await this.accounts.changePassword(viewer.personId, input);
    await this.sessions.revokeAllExcept(viewer.personId, viewer.sessionId);
  }

  private async start(person: Person, userAgent: string | undefined): Promise<NewSession> {
    const { token, sessionId } = await this.sessions.start(person.id, userAgent);
    return {
      person,
      viewer: { personId: person.id, sessionId, isPlatformAdmin: person.isPlatformAdmin },
      token,
      maxAgeMs: this.sessions.ttlMs,
    };
  }
}
