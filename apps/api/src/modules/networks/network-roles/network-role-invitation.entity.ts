import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../accounts/person.entity.js';
import { NetworkEntity } from '../directory/network.entity.js';
import { NetworkRole } from '../network.enums.js';

export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  CANCELLED = 'cancelled',
}

/** A facilitator asks someone (by email, on Weave or not yet) to take a role in a network. */
@Entity({ name: 'network_role_invitations' })
@Index('network_role_invitations_pending_unique', ['networkId', 'email', 'role'], { unique: true, where: `"status" = 'pending'` })
@Index('network_role_invitations_email_idx', ['email', 'status'])
export class NetworkRoleInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: NetworkRole;

  @Column({ type: 'varchar', length: 16, default: InvitationStatus.PENDING })
  status: InvitationStatus;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
