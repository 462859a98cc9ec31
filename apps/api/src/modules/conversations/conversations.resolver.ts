import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import { ConversationConnection, ConversationInvitationModel, Mentionables } from './connections.model.js';
import { ConversationModel } from './conversation.model.js';
import { ConversationsService } from './conversations.service.js';
import {
  ConversationIdInput,
  FollowConversationInput,
  MarkConversationReadInput,
  SetConversationLockedInput,
} from './dtos/conversation-id.input.js';
import { ConversationsArgs } from './dtos/conversations.args.js';
import { SeedConversationsInput } from './dtos/seed-conversations.input.js';
import { StartConversationInput } from './dtos/start-conversation.input.js';

@Resolver(() => ConversationModel)
export class ConversationsResolver {
  constructor(private readonly service: ConversationsService) {}

  @SignedIn()
  @Query(() => ConversationModel, { description: 'A conversation you may read (NOT_FOUND otherwise).' })
  conversation(@Args('id', { type: () => UUID }) id: string, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.view(id, viewer);
  }

  @SignedIn()
  @Query(() => ConversationConnection, {
    description:
      'Conversations you may read, the most recently active first: of a gathering (and its sessions), of a network, or those you follow.',
  })
  conversations(@Args() args: ConversationsArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<ConversationModel>> {
    return this.service.list(args, viewer);
  }

  @SignedIn()
  @Query(() => Mentionables, { description: 'Who you can mention in a conversation, by name: people in it, and networks you may see.' })
  mentionables(
    @Args('conversationId', { type: () => UUID }) conversationId: string,
    @Args('search', { defaultValue: '' }) search: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Mentionables> {
    return this.service.mentionables(conversationId, search.slice(0, 100), viewer);
  }

  @SignedIn()
  @Query(() => ConversationInvitationModel, { description: 'What an invitation link leads to (NOT_FOUND for an unknown code).' })
  conversationInvitation(@Args('code') code: string): Promise<ConversationInvitationModel> {
    return this.service.invitation(code.slice(0, 32));
  }

  @SignedIn()
  @Mutation(() => ConversationModel, {
    description:
      'Starts a conversation with a question or a post, attached to a gathering, a session or a network you take part in, or open.',
  })
  startConversation(@Args('input') input: StartConversationInput, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.start(input, viewer);
  }

  @SignedIn()
  @Mutation(() => [ConversationModel], {
    description: 'Conveners seed the questions to carry on after a gathering: one conversation each.',
  })
  seedConversations(@Args('input') input: SeedConversationsInput, @CurrentViewer() viewer: Viewer): Promise<ConversationModel[]> {
    return this.service.seed(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConversationModel, { description: 'Locks a conversation (no more posts) or unlocks it; its moderators only.' })
  setConversationLocked(@Args('input') input: SetConversationLockedInput, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.setLocked(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConversationModel, { description: 'Follows a conversation (told of each new post) or stops following it.' })
  followConversation(@Args('input') input: FollowConversationInput, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.follow(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConversationModel, { description: 'Moves your unread marker forward to a post number.' })
  markConversationRead(@Args('input') input: MarkConversationReadInput, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.markRead(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConversationInvitationModel, {
    description: 'An invitation link into a conversation you take part in, to share with others.',
  })
  createConversationInvitation(
    @Args('input') input: ConversationIdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationInvitationModel> {
    return this.service.invite(input.conversationId, viewer);
  }

  @SignedIn()
  @Mutation(() => ConversationModel, {
    description: 'Joins a conversation through an invitation link: you may read and post, and follow it.',
  })
  joinConversation(@Args('code') code: string, @CurrentViewer() viewer: Viewer): Promise<ConversationModel> {
    return this.service.join(code.slice(0, 32), viewer);
  }
}
