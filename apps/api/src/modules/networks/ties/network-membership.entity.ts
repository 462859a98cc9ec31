import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkEntity } from '../directory/network.entity.js';

export enum TieType {
  MEMBER = 'member',
  PARTNER = 'partner',
  OBSERVER = 'observer',
}

export enum MembershipStatus {
  /** The coalition invited the network; the network's facilitator has not answered. */
  INVITED = 'invited',
  /** The network asked to join; the coalition's facilitator has not answered. */
  REQUESTED = 'requested',
  ACTIVE = 'active',
  DECLINED = 'declined',
  ENDED = 'ended',
}

/** Network `memberId` belongs to network `parentId` (usually a coalition). */
@Entity({ name: 'network_memberships' })
@Check('network_memberships_not_self', `"member_id" <> "parent_id"`)
@Index('network_memberships_open_unique', ['memberId', 'parentId'], {
  unique: true,
  where: `"status" IN ('invited', 'requested', 'active')`,
})
@Index('network_memberships_parent_idx', ['parentId', 'status'])
export class NetworkMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: NetworkEntity;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: NetworkEntity;

  @Column({ name: 'tie_type', type: 'varchar', length: 16, default: TieType.MEMBER })
  tieType: TieType;

  @Column({ type: 'varchar', length: 16 })
  status: MembershipStatus;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
