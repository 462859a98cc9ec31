import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity.js';

/** What an email token lets its holder do, once. */
export enum EmailTokenPurpose {
  VERIFY_EMAIL = 'verify-email',
  RESET_PASSWORD = 'reset-password',
}

/**
 * A single-use, expiring link mailed to a person's address (to prove it, or to
 * set a new password). The link carries a random token; only its SHA-256 is stored.
 */
@Entity({ name: 'email_tokens' })
export class EmailTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ type: 'varchar', length: 16 })
  purpose: EmailTokenPurpose;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  /** The address the link was sent to: it proves only that one. */
  @Column({ type: 'citext' })
  email: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
