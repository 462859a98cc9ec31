import { Module } from '@nestjs/common';
import { AccountsHousekeeping } from './accounts-housekeeping.service.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { EmailProofsService } from './email-proofs.service.js';
import { PeopleService } from './people.service.js';
import { SessionsService } from './sessions.service.js';
import { SignInService } from './sign-in.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { SignInLinksService } from './sign-in-links.service.js';

@Module({
  providers: [
    AccountsHousekeeping,
    AccountsRepository,
    AccountsResolver,
    AccountsService,
    EmailProofsService,
    PeopleService,
    SessionsService,
    SignInLimiter,
    SignInLinksService,
    SignInService,
  ],
  exports: [AccountsService, PeopleService, SessionsService, SignInLinksService],
})
export class AccountsModule {}
