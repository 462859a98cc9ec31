import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { AgendaSessionEntity } from './agenda-session.entity.js';

/**
 * Who came to a breakout: everyone who was ever in its room, kept after they
 * move on and after the day (a presence lasts only while someone is there).
 * Written by a trigger on presences, so every way into a room (joining,
 * "somewhere new", a merge) records it in the same statement.
 */
@Entity({ name: 'session_attendance' })
@Index('session_attendance_person_idx', ['personId'])
export class SessionAttendanceEntity {
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

  @CreateDateColumn({ name: 'first_came_at', type: 'timestamptz' })
  firstCameAt: Date;
}
