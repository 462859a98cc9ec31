import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import type { HarvestStatus, HarvestVisibility } from './harvest.enums.js';

/** A heading and what the conveners wrote under it. */
export interface HarvestTheme {
  heading: string;
  body: string;
}

/** A gathering's write-up by its conveners: the themes that emerged, draft or published, and who may read it. */
@Entity({ name: 'harvests' })
export class HarvestEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @OneToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  themes: HarvestTheme[];

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: HarvestStatus;

  @Column({ type: 'varchar', length: 20, default: 'participants' })
  visibility: HarvestVisibility;

  /** Raised by every save: two conveners editing at once cannot overwrite each other unseen. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: PersonEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
