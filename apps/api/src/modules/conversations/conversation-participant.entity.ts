import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { ConversationEntity } from './conversation.entity.js';

/**
 * A person's place in a conversation: whether they follow it, how far they
 * have read (the unread marker), and whether an invitation let them in (for
 * someone who was not at the gathering or is not in the network).
 */
@Entity({ name: 'conversation_participants' })
@Index('conversation_participants_person_idx', ['personId'])
export class ConversationParticipantEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'boolean', default: false })
  following: boolean;

  /** The last post (by seq) the person has read. */
  @Column({ name: 'last_read_seq', type: 'int', default: 0 })
  lastReadSeq: number;

  /** When an invitation let them in; null when they take part by the conversation's own rule. */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;
}
