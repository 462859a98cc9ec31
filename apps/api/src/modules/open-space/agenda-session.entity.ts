import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import type { SpaceTag } from './open-space.enums.js';
import { SpaceEntity } from './space.entity.js';
import { TimeSlotEntity } from './time-slot.entity.js';

/**
 * A session proposed by a participant (its host) and, once placed, a cell of
 * the agenda wall (slot × space) and a breakout room people can be in.
 * `headcount` counts the people in the room, kept under the row's lock and
 * bounded by `capacity` (the space's, copied when placed): no transaction can
 * commit more people than fit. `version` moves on every change, so clients
 * never show an older state over a newer one.
 */
@Entity({ name: 'agenda_sessions' })
@Index('agenda_sessions_gathering_idx', ['gatheringId'])
@Index('agenda_sessions_one_per_cell', ['slotId', 'spaceId'], { unique: true, where: `"slot_id" IS NOT NULL AND "merged_into_id" IS NULL` })
@Index('agenda_sessions_host_once_per_slot', ['hostId', 'slotId'], {
  unique: true,
  where: `"slot_id" IS NOT NULL AND "merged_into_id" IS NULL`,
})
@Check('agenda_sessions_placed_whole', `("slot_id" IS NULL) = ("space_id" IS NULL) AND ("slot_id" IS NULL) = ("capacity" IS NULL)`)
@Check('agenda_sessions_within_capacity', `"headcount" >= 0 AND ("capacity" IS NULL AND "headcount" = 0 OR "headcount" <= "capacity")`)
export class AgendaSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_id' })
  host?: PersonEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: SpaceTag[];

  @Column({ name: 'slot_id', type: 'uuid', nullable: true })
  slotId: string | null;

  @ManyToOne(() => TimeSlotEntity)
  @JoinColumn({ name: 'slot_id' })
  slot?: TimeSlotEntity;

  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId: string | null;

  @ManyToOne(() => SpaceEntity)
  @JoinColumn({ name: 'space_id' })
  space?: SpaceEntity;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'int', default: 0 })
  headcount: number;

  @Column({ name: 'interest_count', type: 'int', default: 0 })
  interestCount: number;

  /** Set when a convener merged this session into another; it then leaves the wall. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'bigint', default: 1 })
  version: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
