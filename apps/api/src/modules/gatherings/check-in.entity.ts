import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { CheckInMethod } from './gathering.enums.js';
import { GatheringEntity } from './gathering.entity.js';
import { RegistrationEntity } from './registration.entity.js';

/**
 * Who came: the one record of attendance (a registration shows ATTENDED from it). One row per
 * person per gathering, however many ways they checked in (the first one is kept), so each person
 * is counted once. Keyed for counting per gathering; indexed for counting per person over time.
 */
@Entity({ name: 'check_ins' })
@Index('check_ins_person_idx', ['personId', 'checkedInAt'])
export class CheckInEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** The place they came with; cancelling it takes the check-in with it. */
  @Column({ name: 'registration_id', type: 'uuid', unique: true })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ type: 'varchar', length: 16 })
  method: CheckInMethod;

  /** The convener who ticked them in (CONVENER), else null. */
  @Column({ name: 'checked_in_by_id', type: 'uuid', nullable: true })
  checkedInById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checked_in_by_id' })
  checkedInBy?: PersonEntity;

  @Column({ name: 'checked_in_at', type: 'timestamptz', default: () => 'now()' })
  checkedInAt: Date;
}
