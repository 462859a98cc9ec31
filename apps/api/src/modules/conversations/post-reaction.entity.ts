import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import type { Reaction } from './conversation.enums.js';
import { PostEntity } from './post.entity.js';

/** One person's reaction to a post: each of the few reactions at most once per person. */
@Entity({ name: 'post_reactions' })
export class PostReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  reaction: Reaction;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
