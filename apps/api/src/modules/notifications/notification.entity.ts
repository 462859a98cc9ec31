import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';

/**
 * One thing one person is told about. `eventKey` names the event itself, so an
 * event that reaches a person by several paths (through three networks, say)
 * is stored, shown and emailed once.
 */
@Entity({ name: 'notifications' })
@Unique('notifications_once_per_event', ['recipientId', 'eventKey'])
@Index('notifications_inbox_idx', ['recipientId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: PersonEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  /** Who caused it; null for Weave itself or once their account is gone. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity;

  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType: NotificationSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  /** A few facts for the text (a title, a name, a slug): what the inbox and emails need without another query. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out by email, at once or in a digest (never twice); null while it has not. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
