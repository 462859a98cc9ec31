import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsHousekeeping } from './accounts-housekeeping.service.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { PersonEntity } from './person.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { SignInLinkEntity } from './sign-in-link.entity.js';
import { SignInLinksService } from './sign-in-links.service.js';
import { SignInLimiter } from './sign-in-limiter.js';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, SessionEntity, SignInLinkEntity])],
  providers: [AccountsHousekeeping, AccountsResolver, AccountsService, SessionsService, SignInLimiter, SignInLinksService],
  exports: [AccountsService, SessionsService, SignInLinksService],
})
export class AccountsModule {}
