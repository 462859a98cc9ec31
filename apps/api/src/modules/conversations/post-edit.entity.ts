import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from './post.entity.js';

/** What a post said before an edit, and when it was changed: its readable history. */
@Entity({ name: 'post_edits' })
@Index('post_edits_post_idx', ['postId', 'editedAt'])
export class PostEditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** The words before this edit. */
  @Column({ type: 'text' })
  body: string;

  /** When the post was first written (for the first entry) or last edited before this edit. */
  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}
