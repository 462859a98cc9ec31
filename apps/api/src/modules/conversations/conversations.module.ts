import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ConversationsLive } from './conversations-live.service.js';
import { ConversationsRepository } from './conversations.repository.js';
import { ConversationsResolver } from './conversations.resolver.js';
import { ConversationsService } from './conversations.service.js';
import { PostWriter } from './post-writer.service.js';
import { PostsRepository } from './posts.repository.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';

/** Follow-up conversations: threads attached to a gathering, a session, a network, or open; live across API processes. */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [
    ConversationsRepository,
    PostsRepository,
    ConversationsLive,
    PostWriter,
    ConversationsService,
    PostsService,
    ConversationsResolver,
    PostsResolver,
  ],
  exports: [ConversationsService],
})
export class ConversationsModule {}
