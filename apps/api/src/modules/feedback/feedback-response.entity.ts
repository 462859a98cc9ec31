import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import type { FeedbackStage } from './feedback.enums.js';

/**
 * One person's answer to one of a gathering's forms (before or after): the five scales as columns (so
 * the impact view can average them per gathering), new people met, free text, and the answers to the
 * conveners' own questions by question id. One per person per form: answering again changes it.
 */
@Entity({ name: 'feedback_responses' })
@Unique('feedback_responses_once_per_person', ['gatheringId', 'stage', 'personId'])
export class FeedbackResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ type: 'varchar', length: 10 })
  stage: FeedbackStage;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'smallint', nullable: true })
  networking: number | null;

  @Column({ type: 'smallint', nullable: true })
  knowledge: number | null;

  @Column({ type: 'smallint', nullable: true })
  confidence: number | null;

  @Column({ type: 'smallint', nullable: true })
  trust: number | null;

  @Column({ type: 'smallint', nullable: true })
  support: number | null;

  @Column({ name: 'new_people_met', type: 'int', nullable: true })
  newPeopleMet: number | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  /** Question id → a 1–5 number or a text, for the conveners' own questions. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: Record<string, number | string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
