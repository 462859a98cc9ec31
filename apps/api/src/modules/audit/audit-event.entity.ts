import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import type { AuditAction, AuditSubject } from './audit.enums.js';

/** One consequential act: who did what to which thing, and when. Written in the act's own transaction. */
@Entity({ name: 'audit_events' })
@Index('audit_events_newest_idx', ['createdAt', 'id'])
@Index('audit_events_action_idx', ['action', 'createdAt'])
@Index('audit_events_subject_idx', ['subjectType', 'subjectId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Who acted; null once their account is gone (the act stays on record). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType: AuditSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** A few facts about the act (a role, a decision, the person it concerned): small, never personal data beyond ids. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  detail: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
