import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LifecycleStage, NetworkKind, NetworkScope, NetworkVisibility, Region, Sector } from '../network.enums.js';

/** Coalitions, networks and organisations: one table, told apart by `kind`. */
@Entity({ name: 'networks' })
@Check(
  'networks_region_code',
  `"region" IN (${Object.values(Region)
    .map((r) => `'${r}'`)
    .join(', ')})`,
)
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  slug: string;

  // GIN indexes are made by the migration (TypeORM cannot declare them), so it leaves them alone.
  @Index('networks_name_trgm_idx', { synchronize: false })
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: NetworkKind;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ type: 'text', default: '' })
  values: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index('networks_themes_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: Sector[];

  @Column({ name: 'place_name', type: 'text', nullable: true })
  placeName: string | null;

  /** A Region code (a CHECK constraint keeps to the list); the local place is `place_name`. */
  @Index('networks_region_idx')
  @Column({ type: 'text', nullable: true })
  region: Region | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', length: 16 })
  scope: NetworkScope;

  @Column({ name: 'lifecycle_stage', type: 'varchar', length: 16, default: LifecycleStage.FORMING })
  lifecycleStage: LifecycleStage;

  @Column({ type: 'varchar', length: 16, default: NetworkVisibility.PUBLIC })
  visibility: NetworkVisibility;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** False for a listing added by someone else until its own people claim it. */
  @Column({ name: 'is_claimed', type: 'boolean', default: true })
  isClaimed: boolean;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;

  /** Full-text search document (name > purpose, themes > place, region names, description), kept by a trigger. */
  @Index('networks_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
