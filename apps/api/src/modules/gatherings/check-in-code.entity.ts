import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { GatheringEntity } from './gathering.entity.js';

/** A gathering's check-in code (in the QR code at the door): random, made when first shown, replaced when conveners regenerate it. */
@Entity({ name: 'check_in_codes' })
export class CheckInCodeEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @OneToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ type: 'text' })
  code: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
