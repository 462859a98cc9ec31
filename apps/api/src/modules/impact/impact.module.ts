import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NetworksModule } from '../networks/networks.module.js';
import { ImpactCsvController } from './impact-csv.controller.js';
import { ImpactMeasuresRepository } from './impact-measures.repository.js';
import { ImpactRepository } from './impact.repository.js';
import { ImpactResolver } from './impact.resolver.js';
import { ImpactService } from './impact.service.js';
import { NetworkImpactFieldsResolver } from './network-impact-fields.resolver.js';

/** The relational impact view: figures about gatherings, networks and coalitions, never individuals. */
@Module({
  imports: [AccountsModule, NetworksModule],
  controllers: [ImpactCsvController],
  providers: [ImpactRepository, ImpactMeasuresRepository, ImpactService, ImpactResolver, NetworkImpactFieldsResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
