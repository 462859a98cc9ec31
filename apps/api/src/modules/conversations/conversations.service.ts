import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Viewer } from '../../common/access/request-context.js';
import { decodeCursor, encodeCursor, toConnection, type Connection } from '../../common/pagination/connection.model.js';
import { InjectDb, type Db } from '../../database/database.js';
import { GatheringRole } from '../gatherings/gathering.enums.js';
import { RolesService } from '../roles/roles.service.js';
import { ConversationKind } from './conversation.enums.js';
import type { ConversationModel } from './conversation.model.js';
import type { ConversationInvitationModel, Mentionables } from './connections.model.js';
import { ConversationsRepository, type ConversationRow } from './conversations.repository.js';
import { conversationsError, ConversationsError } from './conversations.errors.js';
import type { ConversationsArgs } from './dtos/conversations.args.js';
import type { FollowConversationInput, MarkConversationReadInput, SetConversationLockedInput } from './dtos/conversation-id.input.js';
import type { SeedConversationsInput } from './dtos/seed-conversations.input.js';
import type { StartConversationInput } from './dtos/start-conversation.input.js';
import { PostWriter } from './post-writer.service.js';
import type { Executor } from '../../database/database.js';

/** A private conversation between the people of two sides (see {@link ConversationsService.startIntroduction}). */
export interface Introduction {
  title: string;
  /** The first post, written by the viewer. */
  body: string;
  /** Everyone who may read it besides the viewer (the people of both sides, already chosen by the caller). */
  personIds: readonly string[];
}

export function conversationModel(row: ConversationRow): ConversationModel {
  const lastRead = row.lastReadSeq ?? 0;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    gathering: row.gatheringId && row.gatheringTitle ? { id: row.gatheringId, name: row.gatheringTitle, slug: row.gatheringSlug } : null,
    session: row.sessionId && row.sessionTitle ? { id: row.sessionId, name: row.sessionTitle, slug: null } : null,
    network: row.networkId && row.networkName ? { id: row.networkId, name: row.networkName, slug: row.networkSlug } : null,
    startedBy: row.startedById ? { id: row.startedById, displayName: row.startedByName ?? '' } : null,
    isSeeded: row.isSeeded,
    lockedAt: row.lockedAt,
    postCount: row.postCount,
    lastSeq: row.lastSeq,
    createdAt: row.createdAt,
    lastPostAt: row.lastPostAt,
    viewerFollows: row.following ?? false,
    viewerModerates: row.viewerModerates,
    viewerLastReadSeq: lastRead,
    unreadCount: Math.max(0, row.lastSeq - lastRead),
  };
}

/** Conversations: starting and seeding them, who may read and moderate them, following, unread markers, invitations. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDb() private readonly db: Db,
    private readonly repository: ConversationsRepository,
    private readonly writer: PostWriter,
    private readonly roles: RolesService,
  ) {}

  /** The conversation, if the viewer may read it; NOT_FOUND otherwise (whether it exists is not theirs to learn). */
  async readable(conversationId: string, viewer: Viewer): Promise<ConversationRow> {
    const row = await this.repository.find(conversationId, viewer);
    if (!row?.mayRead) throw conversationsError(ConversationsError.ConversationNotFound);
    return row;
  }

  /** The conversation if the viewer may (still) read it, else null. */
  async readableOrNull(conversationId: string, viewer: Viewer): Promise<ConversationRow | null> {
    const row = await this.repository.find(conversationId, viewer);
    return row?.mayRead ? row : null;
  }

  async moderated(conversationId: string, viewer: Viewer): Promise<ConversationRow> {
    const row = await this.readable(conversationId, viewer);
    if (!row.viewerModerates) throw conversationsError(ConversationsError.NotModerator);
    return row;
  }

  async view(conversationId: string, viewer: Viewer): Promise<ConversationModel> {
    return conversationModel(await this.readable(conversationId, viewer));
  }

  async list(args: ConversationsArgs, viewer: Viewer): Promise<Connection<ConversationModel>> {
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const { rows, totalCount } = await this.repository.page(
      args,
      viewer,
      args.first + 1,
      after && { lastPostAt: String(after[0]), id: String(after[1]) },
    );
    return toConnection(rows, args.first, totalCount, (row) => encodeCursor([row.lastPostAt.toISOString(), row.id]), conversationModel);
  }

  /** Starts a conversation with its first post (a question or a post), where the viewer takes part. */
  async start(input: StartConversationInput, viewer: Viewer): Promise<ConversationModel> {
    const attached = [input.gatheringId, input.sessionId, input.networkId].filter(Boolean);
    if (attached.length > 1) throw conversationsError(ConversationsError.OneAttachment);
    let kind = ConversationKind.OPEN;
    let gatheringId: string | null = null;
    if (attached.length === 1) {
      const where = input.sessionId
        ? { sessionId: input.sessionId }
        : input.gatheringId
          ? { gatheringId: input.gatheringId }
          : { networkId: input.networkId as string };
      const place = await this.repository.attachment(where, viewer);
      if (!place) throw conversationsError(ConversationsError.AttachmentNotFound);
      if (!place.takesPart) throw conversationsError(ConversationsError.NotTakingPart);
      gatheringId = place.gatheringId;
      kind = input.sessionId ? ConversationKind.SESSION : input.gatheringId ? ConversationKind.GATHERING : ConversationKind.NETWORK;
    }
    const mentions = await this.checkMentions(input.mentionedPersonIds, input.mentionedNetworkIds, viewer);
    const id = await this.db.transaction().execute(async (trx) => {
      const conversation = await this.repository.insert(
        {
          kind,
          title: input.title,
          gatheringId,
          sessionId: input.sessionId ?? null,
          networkId: input.networkId ?? null,
          startedById: viewer.personId,
          isSeeded: false,
        },
        trx,
      );
      await this.writer.write(
        {
          conversationId: conversation.id,
          conversationTitle: input.title,
          parent: null,
          body: input.body,
          isQuestion: input.isQuestion,
          ...mentions,
        },
        viewer,
        trx,
      );
      return conversation.id;
    });
    return this.view(id, viewer);
  }

  /**
   * Opens an introduction (for another module, e.g. asks and offers, inside its own transaction): a
   * conversation only its participants may read — the viewer and `personIds`, each following it — with
   * the viewer's first post, which tells the others. No invitation link can ever be made for it.
   */
  async startIntroduction(introduction: Introduction, viewer: Viewer, trx: Executor): Promise<string> {
    const { id } = await this.repository.insert(
      {
        kind: ConversationKind.INTRODUCTION,
        title: introduction.title,
        gatheringId: null,
        sessionId: null,
        networkId: null,
        startedById: viewer.personId,
        isSeeded: false,
      },
      trx,
    );
    for (const personId of new Set([viewer.personId, ...introduction.personIds])) {
      await this.repository.participate(id, personId, { invited: true, following: true }, trx);
    }
    await this.writer.write(
      {
        conversationId: id,
        conversationTitle: introduction.title,
        parent: null,
        body: introduction.body,
        isQuestion: false,
        mentionedPersonIds: [],
        mentionedNetworkIds: [],
      },
      viewer,
      trx,
    );
    return id;
  }

  /** A convener seeds the questions to carry on after a gathering: one conversation each, opened by the question. */
  async seed(input: SeedConversationsInput, viewer: Viewer): Promise<ConversationModel[]> {
    const place = await this.repository.attachment({ gatheringId: input.gatheringId }, viewer);
    if (!place) throw conversationsError(ConversationsError.AttachmentNotFound);
    if (!(await this.roles.holdsAny(viewer.personId, 'gathering', input.gatheringId, [GatheringRole.CONVENER])))
      throw conversationsError(ConversationsError.ConvenersOnly);
    const ids = await this.db.transaction().execute(async (trx) => {
      const made: string[] = [];
      for (const question of input.questions) {
        const { id } = await this.repository.insert(
          {
            kind: ConversationKind.GATHERING,
            title: question,
            gatheringId: input.gatheringId,
            sessionId: null,
            networkId: null,
            startedById: viewer.personId,
            isSeeded: true,
          },
          trx,
        );
        await this.writer.write(
          {
            conversationId: id,
            conversationTitle: question,
            parent: null,
            body: question,
            isQuestion: true,
            mentionedPersonIds: [],
            mentionedNetworkIds: [],
          },
          viewer,
          trx,
        );
        made.push(id);
      }
      return made;
    });
    return Promise.all(ids.map((id) => this.view(id, viewer)));
  }

  async setLocked(input: SetConversationLockedInput, viewer: Viewer): Promise<ConversationModel> {
    const row = await this.moderated(input.conversationId, viewer);
    await this.db.transaction().execute(async (trx) => {
      await this.repository.setLocked(row.id, input.locked, viewer.personId, trx);
      await this.writer.announce(row.id, trx);
    });
    return this.view(row.id, viewer);
  }

  async follow(input: FollowConversationInput, viewer: Viewer): Promise<ConversationModel> {
    const row = await this.readable(input.conversationId, viewer);
    await this.repository.participate(row.id, viewer.personId, { following: input.follow });
    return this.view(row.id, viewer);
  }

  async markRead(input: MarkConversationReadInput, viewer: Viewer): Promise<ConversationModel> {
    const row = await this.readable(input.conversationId, viewer);
    await this.repository.participate(row.id, viewer.personId, { readUpTo: input.seq });
    return this.view(row.id, viewer);
  }

  /** An invitation link anyone taking part may share, for someone who was not at the gathering or is not in the network. */
  async invite(conversationId: string, viewer: Viewer): Promise<ConversationInvitationModel> {
    const row = await this.readable(conversationId, viewer);
    if (row.kind === ConversationKind.INTRODUCTION) throw conversationsError(ConversationsError.PrivateIntroduction);
    const code = randomBytes(9).toString('base64url'); // 12 characters, unguessable, as a gathering's invitation codes
    await this.repository.insertInvitation(row.id, code, viewer.personId);
    return { code, conversationTitle: row.title };
  }

  async invitation(code: string): Promise<ConversationInvitationModel> {
    const found = await this.repository.invitation(code);
    if (!found) throw conversationsError(ConversationsError.InvitationNotFound);
    return { code, conversationTitle: found.title };
  }

  /** Joins through an invitation link: the person may read and post from now on, and follows it. */
  async join(code: string, viewer: Viewer): Promise<ConversationModel> {
    const found = await this.repository.invitation(code);
    if (!found) throw conversationsError(ConversationsError.InvitationNotFound);
    await this.repository.participate(found.conversationId, viewer.personId, { invited: true, following: true });
    return this.view(found.conversationId, viewer);
  }

  async mentionables(conversationId: string, search: string, viewer: Viewer): Promise<Mentionables> {
    const row = await this.readable(conversationId, viewer);
    const { people, networks } = await this.repository.mentionables(row.id, search, viewer);
    return { people, networks: networks.map((n) => ({ id: n.id, name: n.name, slug: n.slug })) };
  }

  /** Mentions name people on Weave and networks the author may see; anything else is refused alike. */
  async checkMentions(
    personIds: readonly string[] | null | undefined,
    networkIds: readonly string[] | null | undefined,
    viewer: Viewer,
  ): Promise<{ mentionedPersonIds: string[]; mentionedNetworkIds: string[] }> {
    const people = [...new Set(personIds ?? [])];
    const networks = [...new Set(networkIds ?? [])];
    const [personCount, networkCount] = await Promise.all([
      this.repository.personCount(people),
      this.repository.visibleNetworkCount(networks, viewer),
    ]);
    if (personCount !== people.length || networkCount !== networks.length) throw conversationsError(ConversationsError.MentionNotFound);
    return { mentionedPersonIds: people, mentionedNetworkIds: networks };
  }
}
