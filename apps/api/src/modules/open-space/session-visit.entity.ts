import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';

/**
 * This person took part in this session: they entered its room at least once.
 * Written by the trigger on presences (database/functions/open_space_record_visit),
 * so it outlives the day, when presences are gone; the harvest counts them.
 */
@Entity({ name: 'session_visits' })
export class SessionVisitEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSessionEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ name: 'first_at', type: 'timestamptz' })
  firstAt: Date;
}
