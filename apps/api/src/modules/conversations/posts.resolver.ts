import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import { ConversationUpdate, PostConnection } from './connections.model.js';
import { AddPostInput } from './dtos/add-post.input.js';
import { PostsArgs } from './dtos/conversations.args.js';
import { EditPostInput } from './dtos/edit-post.input.js';
import { HidePostInput } from './dtos/hide-post.input.js';
import { PostIdInput } from './dtos/post-id.input.js';
import { ReactInput } from './dtos/react.input.js';
import { PostEditModel, PostModel } from './post.model.js';
import { PostsService } from './posts.service.js';

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(private readonly service: PostsService) {}

  @SignedIn()
  @Query(() => PostConnection, { description: 'A page of a conversation’s posts, in order (replies name their parent).' })
  posts(@Args() args: PostsArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<PostModel>> {
    return this.service.page(args, viewer);
  }

  @SignedIn()
  @Query(() => [PostEditModel], { description: 'What a post said before each edit, oldest first.' })
  postHistory(@Args('postId', { type: () => UUID }) postId: string, @CurrentViewer() viewer: Viewer): Promise<PostEditModel[]> {
    return this.service.history(postId, viewer);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: 'Posts in a conversation, or replies to a post; you follow the conversation from then on.' })
  addPost(@Args('input') input: AddPostInput, @CurrentViewer() viewer: Viewer): Promise<PostModel> {
    return this.service.add(input, viewer);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: 'Changes your post; what it said before is kept in its history.' })
  editPost(@Args('input') input: EditPostInput, @CurrentViewer() viewer: Viewer): Promise<PostModel> {
    return this.service.edit(input, viewer);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: 'Deletes your post: a “deleted” mark keeps its place in the thread.' })
  deletePost(@Args('input') input: PostIdInput, @CurrentViewer() viewer: Viewer): Promise<PostModel> {
    return this.service.delete(input.postId, viewer);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: 'Hides a post with a reason; the conversation’s moderators only.' })
  hidePost(@Args('input') input: HidePostInput, @CurrentViewer() viewer: Viewer): Promise<PostModel> {
    return this.service.hide(input, viewer);
  }

  @SignedIn()
  @Mutation(() => PostModel, { description: 'Gives a reaction to a post, or takes it back.' })
  reactToPost(@Args('input') input: ReactInput, @CurrentViewer() viewer: Viewer): Promise<PostModel> {
    return this.service.react(input, viewer);
  }

  @SignedIn()
  @Subscription(() => ConversationUpdate, {
    description: 'A conversation live: first the conversation, then each batch of new or changed posts as they are stored.',
  })
  conversationUpdates(
    @Args('conversationId', { type: () => UUID }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<{ conversationUpdates: ConversationUpdate }>> {
    return this.service.updates(conversationId, viewer);
  }
}
