import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { Executor } from '../../database/database.js';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ConversationsLive } from './conversations-live.service.js';
import { ConversationsRepository } from './conversations.repository.js';
import { conversationsError, ConversationsError } from './conversations.errors.js';
import { PostsRepository } from './posts.repository.js';

/** A post to write: where, in reply to what, the words and whom they mention (already checked). */
export interface NewPost {
  conversationId: string;
  conversationTitle: string;
  parent: { id: string; authorId: string | null } | null;
  body: string;
  isQuestion: boolean;
  mentionedPersonIds: readonly string[];
  mentionedNetworkIds: readonly string[];
}

/**
 * Writes a post inside the caller's transaction: numbers it under the
 * conversation's lock, counts the reply, follows the conversation for its
 * author, tells people (each once per post, and only people who may read the
 * conversation), and announces it to open pages on commit.
 */
@Injectable()
export class PostWriter {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly posts: PostsRepository,
    private readonly notifications: NotificationsService,
    private readonly live: ConversationsLive,
  ) {}

  async write(post: NewPost, viewer: Viewer, trx: Executor): Promise<{ id: string; seq: number }> {
    const seq = await this.conversations.claimSeq(post.conversationId, trx);
    if (seq === undefined) throw conversationsError(ConversationsError.Locked);
    const { id } = await this.posts.insert(
      {
        conversationId: post.conversationId,
        seq,
        parentId: post.parent?.id ?? null,
        authorId: viewer.personId,
        body: post.body,
        isQuestion: post.isQuestion,
      },
      trx,
    );
    if (post.parent && !(await this.posts.countReply(post.parent.id, trx))) throw conversationsError(ConversationsError.ReplyToDeleted);
    await this.posts.setMentions(id, post.mentionedPersonIds, post.mentionedNetworkIds, trx);
    await this.conversations.participate(post.conversationId, viewer.personId, { following: true, readUpTo: seq }, trx);
    await this.tell(post, id, viewer, trx);
    await this.live.publish({ c: post.conversationId, p: id }, trx);
    return { id, seq };
  }

  /** Tells open pages that the conversation, or one of its posts, changed (on commit). */
  announce(conversationId: string, trx: Executor, postId?: string): Promise<void> {
    return this.live.publish(postId ? { c: conversationId, p: postId } : { c: conversationId }, trx);
  }

  /**
   * The most particular news first, as each person is told of a post once (its event key):
   * the parent's author hears of a reply, the mentioned of a mention, followers of a new post.
   */
  async tell(post: NewPost, postId: string, viewer: Viewer, trx: Executor, onlyMentions = false): Promise<void> {
    const notice = (kind: NotificationKind, recipientIds: string[]) =>
      this.notifications.notify(
        {
          kind,
          recipientIds,
          actorId: viewer.personId,
          subject: { type: NotificationSubject.POST, id: postId },
          eventKey: `post:${postId}`,
          data: { conversationId: post.conversationId, conversationTitle: post.conversationTitle },
        },
        trx,
      );
    if (!onlyMentions && post.parent?.authorId) {
      await notice(NotificationKind.REPLY, await this.conversations.mayRead(post.conversationId, [post.parent.authorId], trx));
    }
    const mentioned = [
      ...(await this.conversations.mayRead(post.conversationId, post.mentionedPersonIds, trx)),
      ...(await this.conversations.facilitatorsWhoMayRead(post.conversationId, post.mentionedNetworkIds, trx)),
    ];
    if (mentioned.length) await notice(NotificationKind.MENTION, mentioned);
    if (!onlyMentions)
      await notice(NotificationKind.CONVERSATION_POST, await this.conversations.followersWhoMayRead(post.conversationId, trx));
  }
}
