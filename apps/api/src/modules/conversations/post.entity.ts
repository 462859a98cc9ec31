import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';
import { ConversationEntity } from './conversation.entity.js';

/**
 * A post in a conversation, numbered in order (`seq`); a reply names its
 * parent. Deleting keeps the row (the thread stays readable) and drops the
 * words; hiding, by a moderator, keeps the words for moderators only.
 */
@Entity({ name: 'posts' })
@Unique('posts_once_per_seq', ['conversationId', 'seq'])
@Index('posts_parent_idx', ['parentId'])
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column({ type: 'int' })
  seq: number;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: PostEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'is_question', type: 'boolean', default: false })
  isQuestion: boolean;

  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy?: PersonEntity;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}
