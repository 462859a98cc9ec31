import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module.js';
import { NetworksModule } from '../networks/networks.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AsksOffersMatchingRepository } from './asks-offers-matching.repository.js';
import { AsksOffersMatchingService } from './asks-offers-matching.service.js';
import { AsksOffersRepository } from './asks-offers.repository.js';
import { AsksOffersResolver } from './asks-offers.resolver.js';
import { AsksOffersService } from './asks-offers.service.js';

/** Asks and offers between people and networks: posted, matched across networks, introduced, met. */
@Module({
  imports: [NetworksModule, ConversationsModule, NotificationsModule],
  providers: [AsksOffersRepository, AsksOffersMatchingRepository, AsksOffersMatchingService, AsksOffersService, AsksOffersResolver],
  exports: [AsksOffersService],
})
export class AsksOffersModule {}
