import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { END_OF_STREAM } from '../../common/events/live-stream.js';
import { InjectDb, type Db } from '../../database/database.js';
import { AuditAction, AuditSubject } from '../audit/audit.enums.js';
import { AuditService } from '../audit/audit.service.js';
import type { ConversationUpdate } from './connections.model.js';
import { ConversationsLive } from './conversations-live.service.js';
import type { ConversationRow } from './conversations.repository.js';
import { conversationModel, ConversationsService } from './conversations.service.js';
import { conversationsError, ConversationsError } from './conversations.errors.js';
import type { AddPostInput } from './dtos/add-post.input.js';
import type { PostsArgs } from './dtos/conversations.args.js';
import type { EditPostInput } from './dtos/edit-post.input.js';
import type { HidePostInput } from './dtos/hide-post.input.js';
import type { ReactInput } from './dtos/react.input.js';
import type { PostEditModel, PostModel } from './post.model.js';
import { PostWriter } from './post-writer.service.js';
import { PostsRepository, type PostFacts } from './posts.repository.js';

/** Posts: writing, replying, editing with history, deleting, reactions, moderation, pages and live updates. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly posts: PostsRepository,
    private readonly conversations: ConversationsService,
    private readonly writer: PostWriter,
    private readonly audit: AuditService,
    private readonly live: ConversationsLive,
  ) {}

  /** A post and its conversation, if the viewer may read it (NOT_FOUND alike for a post elsewhere). */
  private async readable(postId: string, viewer: Viewer): Promise<{ post: PostFacts; conversation: ConversationRow }> {
    const post = await this.posts.facts(postId);
    if (!post) throw conversationsError(ConversationsError.PostNotFound);
    const conversation = await this.conversations.readable(post.conversationId, viewer).catch(() => {
      throw conversationsError(ConversationsError.PostNotFound);
    });
    return { post, conversation };
  }

  private async one(postId: string, conversation: ConversationRow, viewer: Viewer): Promise<PostModel> {
    return (await this.posts.load({ ids: [postId] }, viewer, conversation.viewerModerates))[0];
  }

  /** A page of posts in order: a fixed number of statements whatever its size. */
  async page(args: PostsArgs, viewer: Viewer): Promise<Connection<PostModel>> {
    const conversation = await this.conversations.readable(args.conversationId, viewer);
    const afterSeq = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const rows = await this.posts.load(
      { conversationId: conversation.id, afterSeq: Number.isInteger(afterSeq) ? afterSeq : 0, limit: args.first + 1 },
      viewer,
      conversation.viewerModerates,
    );
    return toConnection(
      rows,
      args.first,
      conversation.postCount,
      (post) => encodeCursor([post.seq]),
      (post) => post,
    );
  }

  async add(input: AddPostInput, viewer: Viewer): Promise<PostModel> {
    const conversation = await this.conversations.readable(input.conversationId, viewer);
    if (conversation.lockedAt) throw conversationsError(ConversationsError.Locked);
    let parent: PostFacts | null = null;
    if (input.parentId) {
      parent = (await this.posts.facts(input.parentId)) ?? null;
      if (!parent || parent.conversationId !== conversation.id) throw conversationsError(ConversationsError.PostNotFound);
      if (parent.deletedAt) throw conversationsError(ConversationsError.ReplyToDeleted);
    }
    const mentions = await this.conversations.checkMentions(input.mentionedPersonIds, input.mentionedNetworkIds, viewer);
    const { id } = await this.db.transaction().execute((trx) =>
      this.writer.write(
        {
          conversationId: conversation.id,
          conversationTitle: conversation.title,
          parent,
          body: input.body,
          isQuestion: false,
          ...mentions,
        },
        viewer,
        trx,
      ),
    );
    return this.one(id, conversation, viewer);
  }

  /** The author changes their words (and mentions); what it said before goes into its history. */
  async edit(input: EditPostInput, viewer: Viewer): Promise<PostModel> {
    const { post, conversation } = await this.readable(input.postId, viewer);
    if (post.authorId !== viewer.personId) throw conversationsError(ConversationsError.NotPostAuthor);
    if (post.deletedAt) throw conversationsError(ConversationsError.PostDeleted);
    if (post.hiddenAt) throw conversationsError(ConversationsError.PostHidden);
    if (conversation.lockedAt) throw conversationsError(ConversationsError.Locked);
    const mentions = await this.conversations.checkMentions(input.mentionedPersonIds, input.mentionedNetworkIds, viewer);
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.posts.edit(post.id, input.body, trx))) throw conversationsError(ConversationsError.PostDeleted);
      // A list given replaces that kind of mention (people, networks); one left out keeps them as they were.
      await this.posts.setMentions(
        post.id,
        input.mentionedPersonIds == null ? null : mentions.mentionedPersonIds,
        input.mentionedNetworkIds == null ? null : mentions.mentionedNetworkIds,
        trx,
      );
      // Someone newly mentioned is told, if they may read the conversation (once per post, as ever: those
      // mentioned before were told then).
      await this.writer.tell(
        {
          conversationId: conversation.id,
          conversationTitle: conversation.title,
          parent: null,
          body: input.body,
          isQuestion: false,
          ...mentions,
        },
        post.id,
        viewer,
        trx,
        true,
      );
      await this.writer.announce(conversation.id, trx, post.id);
    });
    return this.one(post.id, conversation, viewer);
  }

  /** The author deletes their post: the words and history go, a "deleted" mark keeps the thread readable. */
  async delete(postId: string, viewer: Viewer): Promise<PostModel> {
    const { post, conversation } = await this.readable(postId, viewer);
    if (post.authorId !== viewer.personId) throw conversationsError(ConversationsError.NotPostAuthor);
    await this.db.transaction().execute(async (trx) => {
      await this.posts.delete(post.id, trx);
      await this.writer.announce(conversation.id, trx, post.id);
    });
    return this.one(post.id, conversation, viewer);
  }

  /** A moderator hides a post, with a reason everyone sees; recorded in the audit trail. */
  async hide(input: HidePostInput, viewer: Viewer): Promise<PostModel> {
    const { post, conversation } = await this.readable(input.postId, viewer);
    if (!conversation.viewerModerates) throw conversationsError(ConversationsError.NotModerator);
    await this.db.transaction().execute(async (trx) => {
      await this.posts.hide(post.id, input.reason, viewer.personId, trx);
      await this.audit.record(
        viewer,
        {
          action: AuditAction.POST_HIDDEN,
          subjectType: AuditSubject.POST,
          subjectId: post.id,
          detail: { conversationId: conversation.id, reason: input.reason },
        },
        trx,
      );
      await this.writer.announce(conversation.id, trx, post.id);
    });
    return this.one(post.id, conversation, viewer);
  }

  async react(input: ReactInput, viewer: Viewer): Promise<PostModel> {
    const { post, conversation } = await this.readable(input.postId, viewer);
    if (conversation.lockedAt) throw conversationsError(ConversationsError.Locked);
    if (post.deletedAt) throw conversationsError(ConversationsError.PostDeleted);
    if (post.hiddenAt) throw conversationsError(ConversationsError.PostHidden);
    await this.db.transaction().execute(async (trx) => {
      await this.posts.react(post.id, viewer.personId, input.reaction, input.on, trx);
      await this.writer.announce(conversation.id, trx, post.id);
    });
    return this.one(post.id, conversation, viewer);
  }

  /** What a post said before each edit, for anyone who may read it (nothing once deleted; moderators only once hidden). */
  async history(postId: string, viewer: Viewer): Promise<PostEditModel[]> {
    const { post, conversation } = await this.readable(postId, viewer);
    if (post.hiddenAt && !conversation.viewerModerates) return [];
    return this.posts.history(post.id);
  }

  /**
   * New and changed posts of a conversation, live, for as long as the page is open: first the
   * conversation alone, then each batch of posts (loaded for this viewer: hidden words for moderators only).
   */
  async updates(conversationId: string, viewer: Viewer): Promise<AsyncIterableIterator<{ conversationUpdates: ConversationUpdate }>> {
    const first = await this.conversations.readable(conversationId, viewer); // refuses at once whoever may not read it
    return this.live.stream(
      conversationId,
      async () => ({ conversationUpdates: { conversation: conversationModel(first), posts: [] } }),
      async (signal) => {
        // Someone who may no longer read it (they left, or it was taken from them) sees the stream end, told nothing more.
        const conversation = await this.conversations.readableOrNull(conversationId, viewer);
        if (!conversation) return END_OF_STREAM;
        const posts = signal.resync ? [] : await this.posts.load({ ids: signal.postIds }, viewer, conversation.viewerModerates);
        return { conversationUpdates: { conversation: conversationModel(conversation), posts } };
      },
    );
  }
}
