import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { personProfiles } from '../accounts/accounts.fragments.js';
import type { AuditAction, AuditSubject } from './audit.enums.js';

export interface AuditEventRow {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string;
  detail: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditFilter {
  action?: AuditAction;
  subjectType?: AuditSubject;
  subjectId?: string;
}

/** All SQL on audit_events. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async insert(
    event: { actorId: string | null; action: AuditAction; subjectType: AuditSubject; subjectId: string; detail: Record<string, unknown> },
    db: Executor,
  ): Promise<void> {
    await db
      .insertInto('auditEvents')
      .values({ ...event, detail: JSON.stringify(event.detail) })
      .execute();
  }

  private filtered(filter: AuditFilter) {
    let query = this.db.selectFrom('auditEvents as e');
    if (filter.action) query = query.where('e.action', '=', filter.action);
    if (filter.subjectType) query = query.where('e.subjectType', '=', filter.subjectType);
    if (filter.subjectId) query = query.where('e.subjectId', '=', filter.subjectId);
    return query;
  }

  /** Newest first, after the (millisecond) cursor if given; `limit` rows. */
  async page(
    filter: AuditFilter,
    after: { createdAt: string; id: string } | undefined,
    limit: number,
  ): Promise<{ rows: AuditEventRow[]; totalCount: number }> {
    const { total } = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    // Cursors carry milliseconds, so order by the same truncated time.
    const createdMs = sql<Date>`date_trunc('milliseconds', ${sql.ref('e.createdAt')})`;
    let query = this.filtered(filter)
      .leftJoin(personProfiles().as('actor'), 'actor.id', 'e.actorId')
      .select([
        'e.id',
        'e.actorId',
        'e.action',
        'e.subjectType',
        'e.subjectId',
        'e.detail',
        'e.createdAt',
        'actor.displayName as actorName',
      ]);
    if (after) query = query.where(sql<boolean>`(${createdMs}, ${sql.ref('e.id')}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
    const rows = await query.orderBy(createdMs, 'desc').orderBy('e.id', 'desc').limit(limit).execute();
    return { rows: rows as AuditEventRow[], totalCount: Number(total) };
  }
}
