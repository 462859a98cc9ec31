import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import type { SpaceTag } from './open-space.enums.js';

/** A breakout space of a gathering's open-space grid: a room, a corner, or an online call. */
@Entity({ name: 'spaces' })
@Index('spaces_name_unique', ['gatheringId', 'name'], { unique: true })
@Check('spaces_capacity_positive', `"capacity" > 0`)
// An online space always has a call to join.
@Check('spaces_online_has_call', `NOT ('online' = ANY("tags")) OR "video_room" IS NOT NULL`)
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ type: 'citext' })
  name: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: SpaceTag[];

  /** For online spaces: the room name on the video-call server (VIDEO_CALL_BASE_URL). */
  @Column({ name: 'video_room', type: 'text', nullable: true })
  videoRoom: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
