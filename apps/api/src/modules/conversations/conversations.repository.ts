import { Injectable } from '@nestjs/common';
import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import type { DB } from '../../database/db.generated.js';
import { displayNameOf, personProfiles } from '../accounts/accounts.fragments.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { gatheringHeadlines, takesPart } from '../gatherings/gatherings.fragments.js';
import { NetworkRole } from '../networks/network.enums.js';
import { activeTies, networkSummaries } from '../networks/networks.fragments.js';
import { sessionHeadlines } from '../open-space/open-space.fragments.js';
import { holdsRole, roleAssignmentsIn } from '../roles/roles.fragments.js';
import type { ConversationKind } from './conversation.enums.js';
import { mayModerateConversation, mayReadConversation } from './conversations.fragments.js';

/** A conversation as the viewer sees it, with where it belongs and where the viewer is in it. */
export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  title: string;
  gatheringId: string | null;
  gatheringTitle: string | null;
  gatheringSlug: string | null;
  sessionId: string | null;
  sessionTitle: string | null;
  networkId: string | null;
  networkName: string | null;
  networkSlug: string | null;
  startedById: string | null;
  startedByName: string | null;
  isSeeded: boolean;
  lockedAt: Date | null;
  lastSeq: number;
  postCount: number;
  createdAt: Date;
  lastPostAt: Date;
  following: boolean | null;
  lastReadSeq: number | null;
  viewerModerates: boolean;
}

export interface ConversationFilter {
  gatheringId?: string | null;
  networkId?: string | null;
  following?: boolean | null;
}

/** All SQL on conversations, conversation_participants and conversation_invitations. */
@Injectable()
export class ConversationsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  private rows(viewer: Viewer, db: Executor = this.db) {
    return db
      .selectFrom('conversations as c')
      .leftJoin(gatheringHeadlines().as('g'), 'g.id', 'c.gatheringId')
      .leftJoin(sessionHeadlines().as('s'), 's.id', 'c.sessionId')
      .leftJoin(networkSummaries(viewer).as('n'), 'n.id', 'c.networkId')
      .leftJoin('conversationParticipants as me', (join) =>
        join.onRef('me.conversationId', '=', 'c.id').on('me.personId', '=', viewer.personId),
      )
      .select([
        'c.id',
        'c.kind',
        'c.title',
        'c.gatheringId',
        'c.sessionId',
        'c.networkId',
        'c.startedById',
        'c.isSeeded',
        'c.lockedAt',
        'c.lastSeq',
        'c.postCount',
        'c.createdAt',
        'c.lastPostAt',
        'g.title as gatheringTitle',
        'g.slug as gatheringSlug',
        's.title as sessionTitle',
        'n.name as networkName',
        'n.slug as networkSlug',
        'me.following',
        'me.lastReadSeq',
      ])
      .select(() => [
        displayNameOf(sql.ref<string>('c.startedById')).as('startedByName'),
        mayModerateConversation('c', viewer.personId).as('viewerModerates'),
      ])
      .$narrowType<{ kind: ConversationKind; viewerModerates: boolean }>();
  }

  /** The conversation if it exists, and whether the viewer may read it — one statement. */
  async find(id: string, viewer: Viewer, db: Executor = this.db): Promise<(ConversationRow & { mayRead: boolean }) | undefined> {
    return this.rows(viewer, db)
      .select(mayReadConversation('c', viewer.personId).as('mayRead'))
      .$narrowType<{ mayRead: boolean }>()
      .where('c.id', '=', id)
      .executeTakeFirst();
  }

  /** Conversations the viewer may read, the most recently active first: one statement for the page, one for the count. */
  async page(filter: ConversationFilter, viewer: Viewer, limit: number, after?: { lastPostAt: string; id: string }) {
    const eb = expressionBuilder<DB>();
    const conditions: Expression<SqlBool>[] = [mayReadConversation('c', viewer.personId)];
    if (filter.gatheringId) conditions.push(eb(sql.ref<string>('c.gatheringId'), '=', filter.gatheringId));
    if (filter.networkId) conditions.push(eb(sql.ref<string>('c.networkId'), '=', filter.networkId));
    if (filter.following) conditions.push(eb(sql.ref<boolean>('me.following'), '=', true));
    const where = eb.and(conditions);
    let query = this.rows(viewer).where(where);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('c.lastPostAt', '<', new Date(after.lastPostAt)),
          eb.and([eb('c.lastPostAt', '=', new Date(after.lastPostAt)), eb('c.id', '<', after.id)]),
        ]),
      );
    }
    const [rows, total] = await Promise.all([
      query.orderBy('c.lastPostAt', 'desc').orderBy('c.id', 'desc').limit(limit).execute(),
      this.db
        .selectFrom('conversations as c')
        .leftJoin('conversationParticipants as me', (join) =>
          join.onRef('me.conversationId', '=', 'c.id').on('me.personId', '=', viewer.personId),
        )
        .select(sql<number>`count(*)::int`.as('count'))
        .where(where)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, totalCount: total.count };
  }

  insert(
    values: {
      kind: ConversationKind;
      title: string;
      gatheringId: string | null;
      sessionId: string | null;
      networkId: string | null;
      startedById: string;
      isSeeded: boolean;
    },
    db: Executor,
  ): Promise<{ id: string }> {
    return db.insertInto('conversations').values(values).returning('id').executeTakeFirstOrThrow();
  }

  /**
   * Numbers the next post, under the conversation's row lock: concurrent posts
   * queue here and each gets its own number, in order. Undefined when locked.
   */
  async claimSeq(conversationId: string, db: Executor): Promise<number | undefined> {
    const row = await db
      .updateTable('conversations')
      .set((eb) => ({ lastSeq: eb('lastSeq', '+', 1), postCount: eb('postCount', '+', 1), lastPostAt: sql<Date>`now()` }))
      .where('id', '=', conversationId)
      .where('lockedAt', 'is', null)
      .returning('lastSeq')
      .executeTakeFirst();
    return row?.lastSeq;
  }

  async setLocked(conversationId: string, locked: boolean, byId: string, db: Executor = this.db): Promise<void> {
    await db
      .updateTable('conversations')
      .set(locked ? { lockedAt: sql<Date>`coalesce(locked_at, now())`, lockedById: byId } : { lockedAt: null, lockedById: null })
      .where('id', '=', conversationId)
      .execute();
  }

  /** Follows (or not) and/or moves the read marker forward (never back, never past the last post). */
  async participate(
    conversationId: string,
    personId: string,
    change: { following?: boolean; readUpTo?: number; invited?: boolean },
    db: Executor = this.db,
  ): Promise<void> {
    const readUpTo = change.readUpTo ?? 0;
    const lastSeq = db.selectFrom('conversations').select('lastSeq').where('id', '=', conversationId);
    await db
      .insertInto('conversationParticipants')
      .values((eb) => ({
        conversationId,
        personId,
        following: change.following ?? false,
        lastReadSeq: eb.fn('least', [eb.val(readUpTo), lastSeq]),
        invitedAt: change.invited ? sql<Date>`now()` : null,
      }))
      .onConflict((oc) =>
        oc.columns(['conversationId', 'personId']).doUpdateSet((eb) => ({
          following: change.following === undefined ? eb.ref('conversationParticipants.following') : change.following,
          lastReadSeq: eb.fn('greatest', [eb.ref('conversationParticipants.lastReadSeq'), eb.ref('excluded.lastReadSeq')]),
          invitedAt: change.invited
            ? eb.fn.coalesce('conversationParticipants.invitedAt', sql<Date>`now()`)
            : eb.ref('conversationParticipants.invitedAt'),
        })),
      )
      .execute();
  }

  /** Of `personIds`, those who may read the conversation (everyone a post tells is one of them). */
  async mayRead(conversationId: string, personIds: readonly string[], db: Executor): Promise<string[]> {
    if (personIds.length === 0) return [];
    const rows = await db
      .selectFrom(personProfiles().as('candidate'))
      .innerJoin('conversations as c', (join) => join.on('c.id', '=', conversationId))
      .select('candidate.id')
      .where('candidate.id', 'in', [...new Set(personIds)])
      .where(mayReadConversation('c', sql.ref<string>('candidate.id')))
      .execute();
    return rows.map((r) => r.id);
  }

  /** The facilitators of `networkIds` who may read the conversation (a mention of a network tells them). */
  async facilitatorsWhoMayRead(conversationId: string, networkIds: readonly string[], db: Executor): Promise<string[]> {
    if (networkIds.length === 0) return [];
    const rows = await db
      .selectFrom(roleAssignmentsIn('network', { current: true }).as('lead'))
      .innerJoin('conversations as c', (join) => join.on('c.id', '=', conversationId))
      .select('lead.personId')
      .distinct()
      .where('lead.scopeId', 'in', [...networkIds])
      .where('lead.role', '=', NetworkRole.FACILITATOR)
      .where(mayReadConversation('c', sql.ref<string>('lead.personId')))
      .execute();
    return rows.map((r) => r.personId);
  }

  /** Followers who may still read the conversation. */
  async followersWhoMayRead(conversationId: string, db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom('conversationParticipants as follower')
      .innerJoin('conversations as c', 'c.id', 'follower.conversationId')
      .select('follower.personId')
      .where('follower.conversationId', '=', conversationId)
      .where('follower.following', '=', true)
      .where(mayReadConversation('c', sql.ref<string>('follower.personId')))
      .execute();
    return rows.map((r) => r.personId);
  }

  /**
   * Where a new conversation would be attached: whether it exists for the viewer (a draft gathering
   * only to those taking part; a network only if they may see it), its gathering, and whether they
   * take part there (a place or convening; for a network, a role in it or in a network that belongs to it).
   */
  async attachment(
    where: { gatheringId: string } | { sessionId: string } | { networkId: string },
    viewer: Viewer,
  ): Promise<{ gatheringId: string | null; takesPart: boolean } | undefined> {
    if ('networkId' in where) {
      const row = await this.db
        .selectFrom(networkSummaries(viewer).as('n'))
        .select((eb) =>
          eb
            .or([
              holdsRole('network', eb.ref('n.id'), viewer.personId),
              eb.exists(
                eb
                  .selectFrom(activeTies().as('memberTie'))
                  .select(eb.lit(1).as('held'))
                  .whereRef('memberTie.parentId', '=', 'n.id')
                  .where(holdsRole('network', sql.ref<string>('memberTie.memberId'), viewer.personId)),
              ),
            ])
            .as('takesPart'),
        )
        .where('n.id', '=', where.networkId)
        .executeTakeFirst();
      return row && { gatheringId: null, takesPart: Boolean(row.takesPart) };
    }
    const gatheringId =
      'gatheringId' in where
        ? sql<string>`${where.gatheringId}::uuid`
        : this.db.selectFrom(sessionHeadlines().as('s')).select('s.gatheringId').where('s.id', '=', where.sessionId);
    const row = await this.db
      .selectFrom(gatheringHeadlines().as('g'))
      .select(['g.id', 'g.status'])
      .select(takesPart(sql.ref<string>('g.id'), viewer.personId).as('takesPart'))
      .where('g.id', '=', gatheringId)
      .executeTakeFirst();
    if (!row || (row.status === GatheringStatus.DRAFT && !row.takesPart)) return undefined;
    return { gatheringId: row.id, takesPart: Boolean(row.takesPart) };
  }

  /** People in the conversation (who have read, followed or posted) who may still read it, by name; and networks the viewer may see. */
  async mentionables(conversationId: string, search: string, viewer: Viewer) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const [people, networks] = await Promise.all([
      this.db
        .selectFrom('conversationParticipants as p')
        .innerJoin('conversations as c', 'c.id', 'p.conversationId')
        .innerJoin(personProfiles().as('person'), 'person.id', 'p.personId')
        .select(['person.id', 'person.displayName'])
        .where('p.conversationId', '=', conversationId)
        .where('person.displayName', 'ilike', pattern)
        .where(mayReadConversation('c', sql.ref<string>('p.personId')))
        .orderBy('person.displayName')
        .limit(8)
        .execute(),
      this.db
        .selectFrom(networkSummaries(viewer).as('n'))
        .select(['n.id', 'n.name', 'n.slug'])
        .where('n.name', 'ilike', pattern)
        .orderBy('n.name')
        .limit(8)
        .execute(),
    ]);
    return { people, networks };
  }

  /** How many of `networkIds` the viewer may see (a mention must name networks they may see). */
  async visibleNetworkCount(networkIds: readonly string[], viewer: Viewer): Promise<number> {
    if (networkIds.length === 0) return 0;
    const row = await this.db
      .selectFrom(networkSummaries(viewer).as('n'))
      .select(sql<number>`count(*)::int`.as('count'))
      .where('n.id', 'in', [...networkIds])
      .executeTakeFirstOrThrow();
    return row.count;
  }

  /** How many of `personIds` are people on Weave. */
  async personCount(personIds: readonly string[]): Promise<number> {
    if (personIds.length === 0) return 0;
    const row = await this.db
      .selectFrom(personProfiles().as('p'))
      .select(sql<number>`count(*)::int`.as('count'))
      .where('p.id', 'in', [...personIds])
      .executeTakeFirstOrThrow();
    return row.count;
  }

  async insertInvitation(conversationId: string, code: string, createdById: string): Promise<void> {
    await this.db.insertInto('conversationInvitations').values({ conversationId, code, createdById }).execute();
  }

  invitation(code: string): Promise<{ conversationId: string; title: string } | undefined> {
    return this.db
      .selectFrom('conversationInvitations as i')
      .innerJoin('conversations as c', 'c.id', 'i.conversationId')
      .select(['i.conversationId', 'c.title'])
      .where('i.code', '=', code)
      .executeTakeFirst();
  }
}
