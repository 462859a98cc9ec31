import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Viewer } from '../../common/access/request-context.js';
import { InjectDb, type Db, type Executor } from '../../database/database.js';
import { displayNameOf, personProfiles } from '../accounts/accounts.fragments.js';
import { networkSummaries } from '../networks/networks.fragments.js';
import type { Reaction } from './conversation.enums.js';
import type { PostEditModel, PostModel } from './post.model.js';

/** What the rules need to know about one post. */
export interface PostFacts {
  id: string;
  conversationId: string;
  parentId: string | null;
  authorId: string | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/** Which posts to load: a page after a post number, or some by id. */
export type WhichPosts = { conversationId: string; afterSeq: number; limit: number } | { ids: readonly string[] };

/** All SQL on posts, post_edits, post_mentions and post_reactions. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  facts(id: string, db: Executor = this.db): Promise<PostFacts | undefined> {
    return db
      .selectFrom('posts')
      .select(['id', 'conversationId', 'parentId', 'authorId', 'deletedAt', 'hiddenAt'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insert(
    post: { conversationId: string; seq: number; parentId: string | null; authorId: string; body: string; isQuestion: boolean },
    db: Executor,
  ): Promise<{ id: string }> {
    return db.insertInto('posts').values(post).returning('id').executeTakeFirstOrThrow();
  }

  /** Counts a reply on its parent, unless the parent was deleted meanwhile (false then). */
  async countReply(parentId: string, db: Executor): Promise<boolean> {
    const row = await db
      .updateTable('posts')
      .set((eb) => ({ replyCount: eb('replyCount', '+', 1) }))
      .where('id', '=', parentId)
      .where('deletedAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Replaces whom a post mentions. */
  /** Replaces a post's mentions of people and of networks; null leaves that kind as it is. */
  async setMentions(
    postId: string,
    personIds: readonly string[] | null,
    networkIds: readonly string[] | null,
    db: Executor,
  ): Promise<void> {
    const replaced = [...(personIds ? ['personId' as const] : []), ...(networkIds ? ['networkId' as const] : [])];
    if (replaced.length === 0) return;
    await db
      .deleteFrom('postMentions')
      .where('postId', '=', postId)
      .where((eb) => eb.or(replaced.map((kind) => eb(kind, 'is not', null))))
      .execute();
    const rows = [
      ...[...new Set(personIds ?? [])].map((personId) => ({ postId, personId, networkId: null })),
      ...[...new Set(networkIds ?? [])].map((networkId) => ({ postId, personId: null, networkId })),
    ];
    if (rows.length) await db.insertInto('postMentions').values(rows).execute();
  }

  /** Keeps what the post said in its history, then changes it; false if it was deleted or hidden meanwhile. */
  async edit(id: string, body: string, db: Executor): Promise<boolean> {
    await db
      .insertInto('postEdits')
      .columns(['postId', 'body', 'writtenAt'])
      .expression((eb) =>
        eb
          .selectFrom('posts')
          .select((inner) => ['id', 'body', inner.fn.coalesce('editedAt', 'createdAt').as('writtenAt')])
          .where('id', '=', id)
          .where('deletedAt', 'is', null)
          .where('hiddenAt', 'is', null),
      )
      .execute();
    const row = await db
      .updateTable('posts')
      .set({ body, editedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('deletedAt', 'is', null)
      .where('hiddenAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Deletes the words, the history and the mentions; the post keeps its place in the thread with a "deleted" mark. */
  async delete(id: string, db: Executor): Promise<void> {
    await db
      .updateTable('posts')
      .set({ body: '', deletedAt: sql<Date>`coalesce(deleted_at, now())` })
      .where('id', '=', id)
      .execute();
    await db.deleteFrom('postEdits').where('postId', '=', id).execute();
    await db.deleteFrom('postMentions').where('postId', '=', id).execute();
  }

  async hide(id: string, reason: string, byId: string, db: Executor): Promise<void> {
    await db
      .updateTable('posts')
      .set({ hiddenAt: sql<Date>`coalesce(hidden_at, now())`, hiddenReason: reason, hiddenById: byId })
      .where('id', '=', id)
      .execute();
  }

  async react(postId: string, personId: string, reaction: Reaction, on: boolean, db: Executor = this.db): Promise<void> {
    if (on) {
      await db
        .insertInto('postReactions')
        .values({ postId, personId, reaction })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else {
      await db
        .deleteFrom('postReactions')
        .where('postId', '=', postId)
        .where('personId', '=', personId)
        .where('reaction', '=', reaction)
        .execute();
    }
  }

  /** What a post said before each edit, oldest first. */
  history(postId: string): Promise<PostEditModel[]> {
    return this.db
      .selectFrom('postEdits')
      .select(['body', 'writtenAt', 'editedAt'])
      .where('postId', '=', postId)
      .orderBy('editedAt')
      .orderBy('id')
      .execute();
  }

  /**
   * Posts in order with their authors, mentions and reactions, in one statement
   * whatever the number of posts. Hidden posts keep their words for moderators only.
   */
  async load(which: WhichPosts, viewer: Viewer, moderates: boolean, db: Executor = this.db): Promise<PostModel[]> {
    let query = db
      .selectFrom('posts as p')
      .select([
        'p.id',
        'p.conversationId',
        'p.seq',
        'p.parentId',
        'p.authorId',
        'p.body',
        'p.isQuestion',
        'p.replyCount',
        'p.createdAt',
        'p.editedAt',
        'p.deletedAt',
        'p.hiddenAt',
        'p.hiddenReason',
      ])
      .select((eb) => [
        displayNameOf(sql.ref<string>('p.authorId')).as('authorName'),
        jsonArrayFrom(
          eb
            .selectFrom('postMentions as m')
            .innerJoin(personProfiles().as('mentioned'), 'mentioned.id', 'm.personId')
            .select(['mentioned.id', 'mentioned.displayName as name'])
            .whereRef('m.postId', '=', 'p.id')
            .orderBy('mentioned.displayName'),
        ).as('mentionedPeople'),
        jsonArrayFrom(
          eb
            .selectFrom('postMentions as m')
            .innerJoin(networkSummaries(viewer).as('n'), 'n.id', 'm.networkId')
            .select(['n.id', 'n.name', 'n.slug'])
            .whereRef('m.postId', '=', 'p.id')
            .orderBy('n.name'),
        ).as('mentionedNetworks'),
        jsonArrayFrom(
          eb
            .selectFrom('postReactions as r')
            .select([
              'r.reaction',
              sql<number>`count(*)::int`.as('count'),
              sql<boolean>`bool_or(${sql.ref('r.personId')} = ${viewer.personId})`.as('mine'),
            ])
            .whereRef('r.postId', '=', 'p.id')
            .groupBy('r.reaction')
            .orderBy('r.reaction'),
        ).as('reactions'),
      ]);
    query =
      'ids' in which
        ? query.where('p.id', 'in', which.ids.length ? [...which.ids] : ['00000000-0000-0000-0000-000000000000'])
        : query.where('p.conversationId', '=', which.conversationId).where('p.seq', '>', which.afterSeq).limit(which.limit);
    const rows = await query.orderBy('p.seq').execute();
    return rows.map((row) => ({
      id: row.id,
      conversationId: row.conversationId,
      seq: row.seq,
      parentId: row.parentId,
      author: row.authorId ? { id: row.authorId, displayName: row.authorName ?? '' } : null,
      body: row.deletedAt || (row.hiddenAt && !moderates) ? null : row.body,
      isQuestion: row.isQuestion,
      replyCount: row.replyCount,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      deletedAt: row.deletedAt,
      hidden: row.hiddenAt ? { reason: row.hiddenReason ?? '', hiddenAt: row.hiddenAt } : null,
      mentionedPeople: row.mentionedPeople.map((p) => ({ id: p.id, displayName: p.name })),
      mentionedNetworks: row.mentionedNetworks.map((n) => ({ id: n.id, name: n.name, slug: n.slug })),
      reactions: row.reactions.map((r) => ({ reaction: r.reaction as Reaction, count: r.count, mine: r.mine })),
    }));
  }
}
