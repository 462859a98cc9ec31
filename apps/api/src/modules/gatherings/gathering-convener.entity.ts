import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import { GatheringEntity } from './gathering.entity.js';

/** A network convening a gathering (or invited to co-convene it). */
@Entity({ name: 'gathering_conveners' })
export class GatheringConvenerEntity {
  @PrimaryColumn({ name: 'gathering_id', type: 'uuid' })
  gatheringId: string;

  @ManyToOne(() => GatheringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  /** False while a network invited to co-convene has not accepted yet. */
  @Column({ type: 'boolean', default: true })
  accepted: boolean;
}
