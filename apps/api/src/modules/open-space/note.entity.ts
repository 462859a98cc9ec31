import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';

/**
 * One note in a session's harvest. Many people write at once by adding notes
 * side by side; an edit names the version it started from, so two people
 * editing the same note never silently overwrite each other.
 */
@Entity({ name: 'session_notes' })
@Index('session_notes_session_idx', ['sessionId', 'createdAt'])
export class NoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSessionEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ name: 'edited_by_id', type: 'uuid', nullable: true })
  editedById: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
