import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { RegistrationsCsvController } from './registrations-csv.controller.js';
import { AppError } from '../../common/errors/app-error.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { ScopeAccessPolicies } from '../roles/scope-access-policies.js';
import { GatheringConvenerEntity } from './gathering-convener.entity.js';
import { GatheringEntity } from './gathering.entity.js';
import { DelegatePlacesEntity } from './delegate-places.entity.js';
import { DelegatesResolver } from './delegates.resolver.js';
import { DelegatesService } from './delegates.service.js';
import { GatheringInvitationEntity } from './gathering-invitation.entity.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { GatheringsResolver } from './gatherings.resolver.js';
import { GatheringsService } from './gatherings.service.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationsService } from './registrations.service.js';
import { WhosMissingService } from './whos-missing.service.js';

@Module({
  imports: [
    AccountsModule,
    TypeOrmModule.forFeature([
      GatheringEntity,
      GatheringConvenerEntity,
      RegistrationEntity,
      GatheringInvitationEntity,
      DelegatePlacesEntity,
    ]),
  ],
  controllers: [RegistrationsCsvController],
  providers: [
    DelegatesResolver,
    DelegatesService,
    GatheringsResolver,
    InvitationsResolver,
    GatheringsService,
    RegistrationsService,
    InvitationsService,
    WhosMissingService,
  ],
  exports: [GatheringsService, RegistrationsService],
})
export class GatheringsModule implements OnModuleInit {
  constructor(
    private readonly gatherings: GatheringsService,
    private readonly policies: ScopeAccessPolicies,
  ) {}

  onModuleInit(): void {
    // A draft is invisible to everyone but its conveners: NOT_FOUND rather than FORBIDDEN.
    this.policies.register('gathering', async (viewer, gatheringId) => {
      try {
        await this.gatherings.findVisible({ id: gatheringId }, viewer);
        return null;
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return error;
        throw error;
      }
    });
  }
}
