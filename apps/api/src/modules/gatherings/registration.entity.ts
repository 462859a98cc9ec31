import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from './gathering.entity.js';
import { RegistrationStatus } from './gathering.enums.js';

@Entity({ name: 'registrations' })
@Index('registrations_active_unique', ['gatheringId', 'personId'], { unique: true, where: `"status" <> 'cancelled'` })
@Index('registrations_queue_idx', ['gatheringId', 'status', 'arrival'])
// ATTENDED is derived from check_ins, never stored: one truth about who came.
@Check('registrations_status_stored', `"status" IN ('registered', 'waitlisted', 'pending_approval', 'cancelled')`)
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 20 })
  status: RegistrationStatus;

  /** First come, first served: taken under the gathering's row lock, so it is the real order. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival: string;

  @Column({ name: 'representing_network_ids', type: 'uuid', array: true, default: () => "'{}'" })
  representingNetworkIds: string[];

  /** Set when a network's facilitator nominated this person to one of its delegate places. */
  @Column({ name: 'delegate_for_network_id', type: 'uuid', nullable: true })
  delegateForNetworkId: string | null;

  /** The invitation this person came through, if any (who invited whom). */
  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId: string | null;

  @Column({ name: 'access_needs', type: 'text', nullable: true })
  accessNeeds: string | null;

  @Column({ name: 'share_access_needs', type: 'boolean', default: false })
  shareAccessNeeds: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
