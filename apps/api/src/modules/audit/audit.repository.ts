import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID_PATTERN } from '../../common/ids.js';
import { displayNameOf, personProfiles } from '../accounts/accounts.fragments.js';
import { gatheringTitleOf, registrantOf } from '../gatherings/gatherings.fragments.js';
import { claimedNetworkOf, networkNameOf } from '../networks/networks.fragments.js';
import { AuditSubject, type AuditAction } from './audit.enums.js';

/** The keys of an act's detail that hold the id of a person, a network or a gathering: the trail shows their names. */
const MENTION_KEYS = {
  person: ['personId', 'claimantId', 'fromPersonId', 'toPersonId'],
  network: ['networkId', 'forNetworkId'],
  gathering: ['gatheringId'],
};

export interface AuditEventRow {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string;
  detail: Record<string, unknown>;
  createdAt: Date;
  /** The subject's name (see subjectName), null when it has gone or has none. */
  subjectName: string | null;
  /** [key, name] for each id in the detail that names someone or something still there (JSON). */
  mentions: string;
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
    viewer: Viewer,
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
        subjectName(viewer).as('subjectName'),
        mentions(viewer).as('mentions'),
      ]);
    if (after) query = query.where(sql<boolean>`(${createdMs}, ${sql.ref('e.id')}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
    const rows = await query.orderBy(createdMs, 'desc').orderBy('e.id', 'desc').limit(limit).execute();
    return { rows: rows as AuditEventRow[], totalCount: Number(total) };
  }
}

/** What an act was done to, in words: a network's or gathering's name, a claim's network, whose registration it is. */
function subjectName(viewer: Viewer) {
  const subject = sql.ref<string>('e.subjectId');
  return sql<string | null>`CASE ${sql.ref('e.subjectType')}
    WHEN ${AuditSubject.NETWORK} THEN (${networkNameOf(subject, viewer)})
    WHEN ${AuditSubject.GATHERING} THEN (${gatheringTitleOf(subject)})
    WHEN ${AuditSubject.CLAIM} THEN (${networkNameOf(claimedNetworkOf(subject), viewer)})
    WHEN ${AuditSubject.REGISTRATION} THEN (${displayNameOf(registrantOf(subject))})
  END`;
}

/** The names of the people, networks and gatherings an act's detail holds ids of ({@link MENTION_KEYS}), as JSON [key, name] pairs. */
function mentions(viewer: Viewer) {
  const id = sql<string>`d.value::uuid`;
  const name = sql<string | null>`CASE
    WHEN d.key = ANY(${MENTION_KEYS.person}::text[]) THEN (${displayNameOf(id)})
    WHEN d.key = ANY(${MENTION_KEYS.network}::text[]) THEN (${networkNameOf(id, viewer)})
    WHEN d.key = ANY(${MENTION_KEYS.gathering}::text[]) THEN (${gatheringTitleOf(id)})
  END`;
  // Only values shaped as ids are cast (a detail is whatever the act wrote).
  return sql<string>`(SELECT coalesce(json_agg(json_build_array(m.key, m.name) ORDER BY m.key), '[]')::text
    FROM (SELECT d.key, ${name} AS name FROM jsonb_each_text(${sql.ref('e.detail')}) d WHERE d.value ~* ${UUID_PATTERN.source}) m
    WHERE m.name IS NOT NULL)`;
}
