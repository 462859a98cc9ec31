import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import { ImpactMeasure } from './impact.enums.js';

/** A measure a network has chosen to publish: outsiders (funders, signed out) see only these. */
@Entity({ name: 'impact_publications' })
@Check(
  'impact_publications_measure',
  `"measure" IN (${Object.values(ImpactMeasure)
    .map((m) => `'${m}'`)
    .join(', ')})`,
)
export class ImpactPublicationEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  measure: ImpactMeasure;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
