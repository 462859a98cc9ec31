import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import { Closeness, ConnectionStatus } from './relationships.enums.js';

/**
 * Two people who met: ONE row per pair of people (first_person_id is the lower id), recording the
 * gathering where the tie was made and the networks each came for there. Meeting again at another
 * gathering is not a new tie (the gatherings they share are read from the gatherings module), so the
 * impact figures count new ties with a plain GROUP BY on gathering_id / date_trunc(confirmed_at)
 * over the confirmed rows (connections_impact_idx); a proposed row is never counted or shown to
 * anyone but the two. Removal by either deletes the row.
 */
@Entity({ name: 'connections' })
@Index('connections_pair_unique', ['firstPersonId', 'secondPersonId'], { unique: true })
@Index('connections_second_person_idx', ['secondPersonId'])
@Index('connections_impact_idx', ['gatheringId', 'status', 'confirmedAt'])
@Check('connections_pair_ordered', `"first_person_id" < "second_person_id"`)
@Check('connections_proposer_is_party', `"proposed_by_id" IN ("first_person_id", "second_person_id")`)
@Check('connections_confirmed_when', `("status" = 'confirmed') = ("confirmed_at" IS NOT NULL)`)
export class ConnectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'first_person_id', type: 'uuid' })
  firstPersonId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'first_person_id' })
  firstPerson?: PersonEntity;

  @Column({ name: 'second_person_id', type: 'uuid' })
  secondPersonId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'second_person_id' })
  secondPerson?: PersonEntity;

  /** Who said "we met" first; the other confirms. */
  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  /** Where the tie was made. */
  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  /** The networks the first person came for (their registration at the gathering). */
  @Column({ name: 'first_network_ids', type: 'uuid', array: true, default: () => "'{}'" })
  firstNetworkIds: string[];

  @Column({ name: 'second_network_ids', type: 'uuid', array: true, default: () => "'{}'" })
  secondNetworkIds: string[];

  @Column({ type: 'varchar', length: 20, default: Closeness.MET_ONCE })
  closeness: Closeness;

  @Column({ type: 'varchar', length: 20 })
  status: ConnectionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
