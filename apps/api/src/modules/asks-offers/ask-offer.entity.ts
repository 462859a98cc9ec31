import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { GatheringEntity } from '../gatherings/gathering.entity.js';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import type { AskOfferKind, AskOfferSide, AskOfferStatus } from './asks-offers.enums.js';

/**
 * An ask or an offer, posted by a person (networkId null) or for a network by one of its
 * facilitators or conveners, perhaps during a gathering. Closed ones (met, withdrawn) stay as
 * history; an open one past its end date reads as expired. An ask met by an offer records the
 * offer and the network that met it (the reciprocity and impact views count from these columns).
 */
@Entity({ name: 'asks_offers' })
@Index('asks_offers_recent_idx', ['createdAt', 'id'])
@Index('asks_offers_open_idx', ['side', 'status', 'endsOn'])
@Index('asks_offers_network_idx', ['networkId'])
@Index('asks_offers_posted_by_idx', ['postedById'])
@Index('asks_offers_gathering_idx', ['gatheringId'])
@Index('asks_offers_met_by_network_idx', ['metByNetworkId'])
export class AskOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  side: AskOfferSide;

  @Column({ type: 'varchar', length: 16 })
  kind: AskOfferKind;

  @Index('asks_offers_title_trgm_idx', { synchronize: false })
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Free tags, lower case, as networks' themes (so the two can be compared). */
  @Index('asks_offers_themes_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: '{}' })
  themes: string[];

  /** Where, in words (a town, a valley, "online"). */
  @Column({ type: 'text', default: '' })
  area: string;

  /** The last day it stands (YYYY-MM-DD); after it an open post reads as expired and never matches. */
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: AskOfferStatus;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ name: 'posted_by_id', type: 'uuid', nullable: true })
  postedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'posted_by_id' })
  postedBy?: PersonEntity;

  @Column({ name: 'gathering_id', type: 'uuid', nullable: true })
  gatheringId: string | null;

  @ManyToOne(() => GatheringEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'gathering_id' })
  gathering?: GatheringEntity;

  /** For a met ask: the offer that met it. */
  @Column({ name: 'met_by_offer_id', type: 'uuid', nullable: true })
  metByOfferId: string | null;

  @ManyToOne(() => AskOfferEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'met_by_offer_id' })
  metByOffer?: AskOfferEntity;

  /** For a met ask: the network that met it (the offer's network), if any. */
  @Column({ name: 'met_by_network_id', type: 'uuid', nullable: true })
  metByNetworkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'met_by_network_id' })
  metByNetwork?: NetworkEntity;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by_id', type: 'uuid', nullable: true })
  closedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by_id' })
  closedBy?: PersonEntity;

  /** Full-text document (title > description > area), kept by a trigger. */
  @Index('asks_offers_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
