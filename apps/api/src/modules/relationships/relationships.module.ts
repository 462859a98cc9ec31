import { Module } from '@nestjs/common';
import { GatheringsModule } from '../gatherings/gatherings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RelationshipsRepository } from './relationships.repository.js';
import { RelationshipsResolver } from './relationships.resolver.js';
import { RelationshipsService } from './relationships.service.js';

/** Who met whom: connections between people who took part in gatherings (issue 13 §2). */
@Module({
  imports: [GatheringsModule, NotificationsModule],
  providers: [RelationshipsRepository, RelationshipsResolver, RelationshipsService],
  exports: [RelationshipsService],
})
export class RelationshipsModule {}
