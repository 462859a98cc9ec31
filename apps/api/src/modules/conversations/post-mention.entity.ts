import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { NetworkEntity } from '../networks/directory/network.entity.js';
import { PostEntity } from './post.entity.js';

/** A person or a network @mentioned in a post, by id (chosen from a picker, never read from the words). */
@Entity({ name: 'post_mentions' })
@Index('post_mentions_post_idx', ['postId'])
@Index('post_mentions_person_once', ['postId', 'personId'], { unique: true, where: `"person_id" IS NOT NULL` })
@Index('post_mentions_network_once', ['postId', 'networkId'], { unique: true, where: `"network_id" IS NOT NULL` })
@Check('post_mentions_one_target', `("person_id" IS NULL) <> ("network_id" IS NULL)`)
export class PostMentionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
}
