import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import { GatheringEntity } from './gathering.entity.js';

/**
 * An invitation link to a gathering, issued by a person (optionally on behalf
 * of a network). `parentId` is the invitation through which the issuer came,
 * so invitations form the cascade "to your network, or your network of networks".
 */
@Entity({ name: 'gathering_invitations' })
@Index('gathering_invitations_gathering_idx', ['gatheringId'])
export class GatheringInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @Index('gathering_invitations_code_unique', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'issued_by_id', type: 'uuid' })
  issuedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy?: PersonEntity;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => GatheringInvitationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: GatheringInvitationEntity;

  /** Set for invitations sent to one email address. */
  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
