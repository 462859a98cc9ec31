import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Viewer } from '../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import type { Executor } from '../../database/database.js';
import type { AuditEventModel } from './audit-event.model.js';
import type { AuditAction, AuditSubject } from './audit.enums.js';
import { auditError, AuditError } from './audit.errors.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditEventsArgs } from './dtos/audit-events.args.js';

/** What another module tells the trail about an act it has just done. */
export interface AuditEntry {
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string;
  /** A few facts about the act: ids, a role, a decision. Kept small. */
  detail?: Record<string, unknown>;
}

/**
 * The audit trail of consequential acts. Modules call `record` with the
 * executor of the act's own transaction, so the act and its record are
 * written together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Records an act by `actor` (null for Weave itself) inside `trx`, the transaction that does it. */
  record(actor: Pick<Viewer, 'personId'> | null, entry: AuditEntry, trx: Executor): Promise<void> {
    return this.repository.insert(
      {
        actorId: actor?.personId ?? null,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        detail: entry.detail ?? {},
      },
      trx,
    );
  }

  /** The trail, newest first, filtered by action and/or subject (platform admins). */
  async list(args: AuditEventsArgs, viewer: Viewer): Promise<Connection<AuditEventModel>> {
    let after: { createdAt: string; id: string } | undefined;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (!isUUID(id) || Number.isNaN(Date.parse(String(createdAt)))) throw auditError(AuditError.BadCursor);
      after = { createdAt: String(createdAt), id: String(id) };
    }
    const filter = { action: args.action ?? undefined, subjectType: args.subjectType ?? undefined, subjectId: args.subjectId ?? undefined };
    const { rows, totalCount } = await this.repository.page(filter, after, args.first + 1, viewer);
    return toConnection(
      rows,
      args.first,
      totalCount,
      (e) => encodeCursor([e.createdAt.toISOString(), e.id]),
      ({ actorId, actorName, detail, mentions, ...event }) => ({
        ...event,
        detail: JSON.stringify(detail),
        mentions: (JSON.parse(mentions) as [string, string][]).map(([key, name]) => ({ key, name })),
        actor: actorId ? { id: actorId, displayName: actorName ?? '' } : null,
      }),
    );
  }
}
