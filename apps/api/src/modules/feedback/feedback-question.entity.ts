import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import type { FeedbackQuestionKind } from './feedback.enums.js';

/** A question of the conveners' own, asked in the gathering's forms after the five scales. */
@Entity({ name: 'feedback_questions' })
@Index('feedback_questions_gathering_idx', ['gatheringId', 'position'])
export class FeedbackQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 10 })
  kind: FeedbackQuestionKind;

  @Column({ type: 'varchar', length: 300 })
  prompt: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
