import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { GatheringEntity } from '../gatherings/gathering.entity.js';

/**
 * A gathering's feedback settings, made when first needed: whether participants are asked before it
 * starts, and when the after form opened (the gathering closed) and closes. Answering locks it shared
 * and changing the questions locks it exclusively, so a question never changes under an answer.
 */
@Entity({ name: 'feedback_forms' })
export class FeedbackFormEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @OneToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ name: 'asks_before', type: 'boolean', default: false })
  asksBefore: boolean;

  @Column({ name: 'after_opened_at', type: 'timestamptz', nullable: true })
  afterOpenedAt: Date | null;

  @Column({ name: 'after_closes_at', type: 'timestamptz', nullable: true })
  afterClosesAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
