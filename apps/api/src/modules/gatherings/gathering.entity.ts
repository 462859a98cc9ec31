import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AccessFeature, GatheringFormat, GatheringStatus, RegistrationMode } from './gathering.enums.js';

@Entity({ name: 'gatherings' })
// Follow-ups are found by the gathering they follow ("followed up by").
@Index('gatherings_follow_up_of_idx', ['followUpOfId'])
@Check('gatherings_ends_after_start', `"ends_at" > "starts_at"`)
// The last line of defence for capacity: no transaction can commit more places than there are.
@Check('gatherings_within_capacity', `"capacity" IS NULL OR "registered_count" <= "capacity"`)
export class GatheringEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ type: 'varchar', length: 16 })
  format: GatheringFormat;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** IANA zone the gathering happens in, e.g. Europe/London. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /** Null: unlimited (as for online follow-ups). */
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  /** Places taken (REGISTERED, whether or not they checked in); changed only under the gathering's row lock. */
  @Column({ name: 'registered_count', type: 'int', default: 0 })
  registeredCount: number;

  @Column({ name: 'registration_mode', type: 'varchar', length: 16, default: RegistrationMode.OPEN })
  registrationMode: RegistrationMode;

  @Column({ name: 'access_features', type: 'text', array: true, default: () => "'{}'" })
  accessFeatures: AccessFeature[];

  @Column({ name: 'access_notes', type: 'text', default: '' })
  accessNotes: string;

  @Column({ type: 'varchar', length: 16, default: GatheringStatus.DRAFT })
  status: GatheringStatus;

  @Column({ name: 'follow_up_of_id', type: 'uuid', nullable: true })
  followUpOfId: string | null;

  /** When the participants of the gathering this follows up were invited (on publishing). */
  @Column({ name: 'participants_invited_at', type: 'timestamptz', nullable: true })
  participantsInvitedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
