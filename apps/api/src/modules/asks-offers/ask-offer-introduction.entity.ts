import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { ConversationEntity } from '../conversations/conversation.entity.js';
import { AskOfferEntity } from './ask-offer.entity.js';

/** An ask and an offer introduced to each other: once per pair, with the private conversation it opened. */
@Entity({ name: 'ask_offer_introductions' })
@Index('ask_offer_introductions_offer_idx', ['offerId'])
export class AskOfferIntroductionEntity {
  @PrimaryColumn({ name: 'ask_id', type: 'uuid' })
  askId: string;

  @ManyToOne(() => AskOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ask_id' })
  ask?: AskOfferEntity;

  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne(() => AskOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: AskOfferEntity;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column({ name: 'introduced_by_id', type: 'uuid', nullable: true })
  introducedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'introduced_by_id' })
  introducedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
