import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../accounts/person.entity.js';

/**
 * A person's role in a scope (a network, a gathering), kept as history:
 * ending a role sets `endedAt` instead of deleting the row, so a convener
 * hand-over stays visible. At most one current row per person, scope and role.
 */
@Entity({ name: 'role_assignments' })
@Index('role_assignments_current_unique', ['personId', 'scopeType', 'scopeId', 'role'], {
  unique: true,
  where: '"ended_at" IS NULL',
})
@Index('role_assignments_scope_idx', ['scopeType', 'scopeId'])
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ name: 'scope_type', type: 'varchar', length: 32 })
  scopeType: string;

  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @Column({ type: 'varchar', length: 32 })
  role: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
