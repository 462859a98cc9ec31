import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { AccountsError, accountsError } from './accounts.errors.js';
import { AccountsService } from './accounts.service.js';
import type { ResetPasswordInput } from './dtos/reset-password.input.js';
import type { VerifyEmailInput } from './dtos/verify-email.input.js';
import { EmailProofsService } from './email-proofs.service.js';
import { EmailTokenPurpose } from './email-token.entity.js';
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

/** The person and viewer after an operation that signs in only when signed out. */
export type SignedIn = NewSession | { person: Person; viewer: Viewer; token?: undefined };

/** The ways in and out: each starts or ends sessions around what AccountsService checks. */
@Injectable()
export class SignInService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
    private readonly links: SignInLinksService,
    private readonly proofs: EmailProofsService,
  ) {}

  /** Signs nobody in: the answer is the same whether or not the address has an account (see AccountsService.signUp). */
  async signUp(input: SignUpInput, ip: string): Promise<void> {
    await this.limiter.mailRequest(ip, input.email);
    await this.accounts.signUp(input);
  }

  /** Attempts are limited as SignInLimiter describes. */
  async signIn(input: SignInInput, ip: string, userAgent: string | undefined): Promise<NewSession> {
    return this.start(await this.checkPassword(input.email, input.password, ip), userAgent);
  }

  /**
   * Proves the address a verification link was sent to. The link proves the
   * address; being signed in to the account, or its password, proves the
   * account is the clicker's: so the owner of an address cannot be made to
   * prove it for an account a stranger made with it. Signs in when signed out.
   */
  async verifyEmail(input: VerifyEmailInput, viewer: Viewer | null, ip: string, userAgent: string | undefined): Promise<SignedIn> {
    const target = await this.proofs.peek(input.token, EmailTokenPurpose.VERIFY_EMAIL);
    if (viewer && viewer.personId !== target.personId) throw accountsError(AccountsError.SignedInAsSomeoneElse);
    if (!viewer) {
      if (!input.password) throw accountsError(AccountsError.PasswordNeededToVerify);
      await this.checkPassword(target.email, input.password, ip);
    }
    const person = await this.accounts.verifyEmail(input.token);
    return viewer ? { person, viewer } : this.start(person, userAgent);
  }

  async resendVerification(viewer: Viewer, ip: string): Promise<void> {
    const person = await this.accounts.get(viewer.personId);
    if (person.emailVerifiedAt) return;
    await this.limiter.mailRequest(ip, person.email);
    await this.accounts.resendVerification(viewer.personId);
  }

  /** The same answer whether or not the address has an account; limited like sign-up. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.limiter.mailRequest(ip, email);
    await this.accounts.requestPasswordReset(email);
  }

  /** Sets the new password, ends every session of the person and signs in here. */
  async resetPassword(input: ResetPasswordInput, ip: string, userAgent: string | undefined): Promise<NewSession> {
    const person = await this.accounts.resetPassword(input.token, input.newPassword);
    await this.limiter.succeeded(ip, person.email);
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

  private async checkPassword(email: string, password: string, ip: string): Promise<Person> {
    await this.limiter.attempt(ip, email);
    const person = await this.accounts.verifyCredentials(email, password).catch(async (error: unknown) => {
      await this.limiter.failed(ip, email);
      throw error;
    });
    await this.limiter.rightPassword(ip, email);
    return person;
  }

  private async start(person: Person, userAgent: string | undefined): Promise<NewSession> {
    const { token, sessionId } = await this.sessions.start(person.id, userAgent);
    return {
      // Read afresh: with what only the person sees of their account (is the address proved, is there a password).
      person: await this.accounts.get(person.id),
      viewer: { personId: person.id, sessionId, isPlatformAdmin: person.isPlatformAdmin },
      token,
      maxAgeMs: this.sessions.ttlMs,
    };
  }
}
