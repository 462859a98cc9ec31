import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { PersonEntity } from './person.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { SignInLimiter } from './sign-in-limiter.js';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, SessionEntity])],
  providers: [AccountsResolver, AccountsService, SessionsService, SignInLimiter],
  exports: [AccountsService, SessionsService],
})
export class AccountsModule {}
