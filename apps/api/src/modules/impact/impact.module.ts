import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module.js';
import { ImpactMeasuresRepository } from './impact-measures.repository.js';
import { ImpactRepository } from './impact.repository.js';
import { ImpactResolver } from './impact.resolver.js';
import { ImpactService } from './impact.service.js';

/** The relational impact view: figures about gatherings, networks and coalitions, never individuals. */
@Module({
  imports: [NetworksModule],
  providers: [ImpactRepository, ImpactMeasuresRepository, ImpactService, ImpactResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
