import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';

/** Something a session decided to do: what, who owns it, by when. */
@Entity({ name: 'session_actions' })
@Index('session_actions_session_idx', ['sessionId', 'createdAt'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSessionEntity;

  @Column({ type: 'text' })
  what: string;

  /** Whoever owns it, in words (a person or a network); `ownerId` when it is someone on Weave. */
  @Column({ name: 'owner_name', type: 'text' })
  ownerName: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
