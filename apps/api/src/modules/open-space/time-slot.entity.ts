import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GatheringEntity } from '../gatherings/gathering.entity.js';

/** A row of the open-space grid: a stretch of time in which sessions run side by side. */
@Entity({ name: 'time_slots' })
@Index('time_slots_gathering_idx', ['gatheringId', 'startsAt'])
@Check('time_slots_end_after_start', `"ends_at" > "starts_at"`)
// A gathering's slots never overlap, also when two conveners add slots at the same moment (needs btree_gist).
@Exclusion('time_slots_no_overlap', `USING gist ("gathering_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`)
export class TimeSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  label: string | null;
}
