import { Module, type OnModuleInit } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RolesService } from '../roles/roles.service.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { CheckInsResolver } from './check-ins.resolver.js';
import { CheckInsService } from './check-ins.service.js';
import { CoConveningService } from './co-convening.service.js';
import { DelegatesRepository } from './delegates.repository.js';
import { DelegatesResolver } from './delegates.resolver.js';
import { DelegatesService } from './delegates.service.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { GatheringNewsService } from './gathering-news.service.js';
import { GatheringNotices } from './gathering-notices.service.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { GatheringsResolver } from './gatherings.resolver.js';
import { GatheringsService } from './gatherings.service.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { RegistrationsCsvController } from './registrations-csv.controller.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';
import { WhosMissingService } from './whos-missing.service.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule],
  controllers: [RegistrationsCsvController],
  providers: [
    CheckInsRepository,
    CheckInsResolver,
    CheckInsService,
    CoConveningService,
    DelegatesRepository,
    DelegatesResolver,
    DelegatesService,
    GatheringNetworksRepository,
    GatheringNewsService,
    GatheringNotices,
    GatheringsRepository,
    GatheringsResolver,
    GatheringsService,
    InvitationsRepository,
    InvitationsResolver,
    InvitationsService,
    RegistrationsRepository,
    RegistrationsResolver,
    RegistrationsService,
    WhosMissingService,
  ],
  exports: [GatheringsService, RegistrationsService, InvitationsService, CheckInsService],
})
export class GatheringsModule implements OnModuleInit {
  constructor(
    private readonly gatherings: GatheringsService,
    private readonly roles: RolesService,
  ) {}

  onModuleInit(): void {
    // A draft is invisible to everyone but its conveners: NOT_FOUND rather than FORBIDDEN.
    this.roles.registerDenial('gathering', async (viewer, gatheringId) => {
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
