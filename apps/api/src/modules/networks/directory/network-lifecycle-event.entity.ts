import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../accounts/person.entity.js';
import { NetworkEntity } from './network.entity.js';
import { LifecycleStage } from '../network.enums.js';

/** Each stage a network moves into, with when, who and (for closing) its legacy. */
@Entity({ name: 'network_lifecycle_events' })
@Index('network_lifecycle_events_network_idx', ['networkId', 'changedAt'])
export class NetworkLifecycleEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 16 })
  stage: LifecycleStage;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: PersonEntity;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
