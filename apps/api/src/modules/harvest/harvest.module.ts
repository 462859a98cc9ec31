import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { GatheringsModule } from '../gatherings/gatherings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OpenSpaceModule } from '../open-space/open-space.module.js';
import { ActionsService } from './actions.service.js';
import { HarvestFilesController } from './harvest-files.controller.js';
import { HarvestsRepository } from './harvests.repository.js';
import { HarvestsResolver } from './harvests.resolver.js';
import { HarvestsService } from './harvests.service.js';

/** After the day: a gathering's harvest (written, published, downloaded) and the actions that live on. */
@Module({
  imports: [AccountsModule, GatheringsModule, OpenSpaceModule, NotificationsModule],
  controllers: [HarvestFilesController],
  providers: [HarvestsRepository, HarvestsService, ActionsService, HarvestsResolver],
  exports: [ActionsService],
})
export class HarvestModule {}
