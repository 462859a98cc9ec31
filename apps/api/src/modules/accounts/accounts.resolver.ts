import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Ctx, CurrentViewer, OptionalViewer, PlatformAdminOnly, Public, SignedIn } from '../../common/access/access.decorators.js';
import type { RequestContext, Viewer } from '../../common/access/request-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AccountsService } from './accounts.service.js';
import { ChangePasswordInput } from './dtos/change-password.input.js';
import { PeopleArgs } from './dtos/people.args.js';
import { SignInInput } from './dtos/sign-in.input.js';
import { SignInWithLinkInput } from './dtos/sign-in-with-link.input.js';
import { SignUpInput } from './dtos/sign-up.input.js';
import { RequestPasswordResetInput } from './dtos/request-password-reset.input.js';
import { ResetPasswordInput } from './dtos/reset-password.input.js';
import { SetPasswordInput } from './dtos/set-password.input.js';
import { VerifyEmailInput } from './dtos/verify-email.input.js';
import { UpdateProfileInput } from './dtos/update-profile.input.js';
import { PersonConnection } from './person-connection.model.js';
import { PersonModel } from './person.model.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SignInService, type NewSession } from './sign-in.service.js';

@Resolver(() => PersonModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly signIns: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => PersonModel, { nullable: true, description: 'The signed-in person, or null when signed out.' })
  async me(@OptionalViewer() viewer: Viewer | null): Promise<PersonModel | null> {
    return viewer ? PersonModel.from(await this.accounts.get(viewer.personId), viewer) : null;
  }

  @PlatformAdminOnly()
  @Query(() => PersonConnection, { description: 'Everyone with an account, newest first (platform admins only).' })
  async people(@Args() args: PeopleArgs, @CurrentViewer() viewer: Viewer): Promise<PersonConnection> {
    const page = await this.accounts.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: PersonModel.from(e.node, viewer) })) };
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Creates an account whose email is not proved yet and mails a link to prove it; signs nobody in. ' +
      'When the email has an account already, its owner is told by email instead. Always true: the answer never says which. Rate limited.',
  })
  async signUp(@Args('input') input: SignUpInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.signIns.signUp(input, ctx.ip);
    return true;
  }

  @Public()
  @Mutation(() => PersonModel, {
    description:
      'Proves an email address with the link mailed to it. Signed out, the password of the account is needed too (and this signs in).',
  })
  async verifyEmail(
    @Args('input') input: VerifyEmailInput,
    @OptionalViewer() viewer: Viewer | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonModel> {
    const done = await this.signIns.verifyEmail(input, viewer, ctx.ip, ctx.req.headers['user-agent']);
    return done.token === undefined ? PersonModel.from(done.person, done.viewer) : this.signedIn(done, ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Mails a new link to prove your email address (nothing when it is proved already). Rate limited.',
  })
  async resendVerificationEmail(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.signIns.resendVerification(viewer, ctx.ip);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a link to set a new password when the email has an account. Always true: the answer never says whether it has. Rate limited.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.signIns.requestPasswordReset(input.email, ctx.ip);
    return true;
  }

  @Public()
  @Mutation(() => PersonModel, {
    description:
      'Sets a new password with the link mailed by requestPasswordReset, signs out every session of the account and signs in here.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Ctx() ctx: RequestContext): Promise<PersonModel> {
    return this.signedIn(await this.signIns.resetPassword(input, ctx.ip, ctx.req.headers['user-agent']), ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Sets a first password, for an account made through a sign-in link (others use changePassword).',
  })
  async setPassword(@Args('input') input: SetPasswordInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.accounts.setPassword(viewer.personId, input.newPassword);
    return true;
  }

  @Public()
  @Mutation(() => PersonModel, { description: 'Signs in with email and password (sets the session cookie). Attempts are rate limited.' })
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<PersonModel> {
    return this.signedIn(await this.signIns.signIn(input, ctx.ip, ctx.req.headers['user-agent']), ctx);
  }

  @Public()
  @Mutation(() => PersonModel, {
    description: 'Signs in with a one-time link from an email invitation; makes the account if the email has none yet.',
  })
  async signInWithLink(@Args('input') input: SignInWithLinkInput, @Ctx() ctx: RequestContext): Promise<PersonModel> {
    return this.signedIn(await this.signIns.signInWithLink(input.token, ctx.req.headers['user-agent']), ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session. True even when already signed out.' })
  async signOut(@OptionalViewer() viewer: Viewer | null, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.signIns.signOut(viewer);
    clearSessionCookie(ctx.res, this.config.cookieSecure);
    return true;
  }

  @SignedIn()
  @Mutation(() => PersonModel, { description: 'Changes the fields given of your own profile.' })
  async updateProfile(@Args('input') input: UpdateProfileInput, @CurrentViewer() viewer: Viewer): Promise<PersonModel> {
    return PersonModel.from(await this.accounts.updateProfile(viewer.personId, input), viewer);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes your password and signs out every other session.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.signIns.changePassword(viewer, input);
    return true;
  }

  private signedIn(signedIn: NewSession, ctx: RequestContext): PersonModel {
    setSessionCookie(ctx.res, signedIn.token, this.config.cookieSecure, signedIn.maxAgeMs);
    return PersonModel.from(signedIn.person, signedIn.viewer);
  }
}
