import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import { AgendaSessionEntity } from '../open-space/agenda-session.entity.js';
import type { ConversationKind } from './conversation.enums.js';

/**
 * A follow-up conversation, attached to a gathering, one of its sessions, a
 * network (or coalition), or open to anyone signed in. Its row is the lock
 * every new post takes: `lastSeq` numbers the posts in order and `postCount`
 * counts them, so concurrent posts are stored once each, in one order.
 */
@Entity({ name: 'conversations' })
@Index('conversations_gathering_idx', ['gatheringId'])
@Index('conversations_network_idx', ['networkId'])
@Index('conversations_recent_idx', ['lastPostAt', 'id'])
@Check(
  'conversations_attached_by_kind',
  `("kind" = 'open' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'gathering' AND "gathering_id" IS NOT NULL AND "session_id" IS NULL AND "network_id" IS NULL)
  OR ("kind" = 'session' AND "gathering_id" IS NOT NULL AND "session_id" IS NOT NULL AND "network_id" IS NULL)
  OR ("kind" = 'network' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NOT NULL)
  OR ("kind" = 'introduction' AND "gathering_id" IS NULL AND "session_id" IS NULL AND "network_id" IS NULL)`,
)
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ConversationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'gathering_id', type: 'uuid', nullable: true })
  gatheringId: string | null;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSessionEntity;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ name: 'started_by_id', type: 'uuid', nullable: true })
  startedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by_id' })
  startedBy?: PersonEntity;

  /** Seeded by a convener: one of the questions to carry on after the day. */
  @Column({ name: 'is_seeded', type: 'boolean', default: false })
  isSeeded: boolean;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ name: 'locked_by_id', type: 'uuid', nullable: true })
  lockedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'locked_by_id' })
  lockedBy?: PersonEntity;

  @Column({ name: 'last_seq', type: 'int', default: 0 })
  lastSeq: number;

  @Column({ name: 'post_count', type: 'int', default: 0 })
  postCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_post_at', type: 'timestamptz', default: () => 'now()' })
  lastPostAt: Date;
}
