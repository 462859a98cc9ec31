import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';
import { ConnectionModel, MetSuggestion, PeopleMetConnection } from './connection.model.js';
import { ConnectionIdInput } from './dtos/connection-id.input.js';
import { MetSuggestionsArgs } from './dtos/met-suggestions.args.js';
import { SayWeMetInput } from './dtos/say-we-met.input.js';
import { SetClosenessInput } from './dtos/set-closeness.input.js';
import { RelationshipsService } from './relationships.service.js';

@Resolver(() => ConnectionModel)
export class RelationshipsResolver {
  constructor(private readonly relationships: RelationshipsService) {}

  @SignedIn()
  @Mutation(() => ConnectionModel, {
    description:
      'Says you met someone at a gathering you both took part in; they confirm. If they already said so about you, this confirms it.',
  })
  sayWeMet(@Args('input') input: SayWeMetInput, @CurrentViewer() viewer: Viewer): Promise<ConnectionModel> {
    return this.relationships.sayWeMet(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConnectionModel, { description: 'Confirms that you met the person who said so.' })
  confirmConnection(@Args('input') input: ConnectionIdInput, @CurrentViewer() viewer: Viewer): Promise<ConnectionModel> {
    return this.relationships.confirm(input, viewer);
  }

  @SignedIn()
  @Mutation(() => ConnectionModel, { description: 'Changes how close you are (either of the two).' })
  setConnectionCloseness(@Args('input') input: SetClosenessInput, @CurrentViewer() viewer: Viewer): Promise<ConnectionModel> {
    return this.relationships.setCloseness(input, viewer);
  }

  @SignedIn()
  @Mutation(() => UUID, { description: 'Removes a connection or a proposal, for both of you. Returns its id.' })
  removeConnection(@Args('input') input: ConnectionIdInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.relationships.remove(input, viewer);
  }

  @SignedIn()
  @Query(() => PeopleMetConnection, { description: 'People you met: your confirmed connections, newest first.' })
  peopleMet(@Args() args: PaginationArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<ConnectionModel>> {
    return this.relationships.peopleMet(args, viewer);
  }

  @SignedIn()
  @Query(() => [ConnectionModel], { description: 'Your proposals either way, the ones waiting for you to confirm first.' })
  connectionProposals(@CurrentViewer() viewer: Viewer): Promise<ConnectionModel[]> {
    return this.relationships.proposals(viewer);
  }

  @SignedIn()
  @Query(() => [MetSuggestion], {
    description: 'The people who were in breakout rooms with you at a gathering you took part in, most rooms first (for "we met").',
  })
  metSuggestions(@Args() args: MetSuggestionsArgs, @CurrentViewer() viewer: Viewer): Promise<MetSuggestion[]> {
    return this.relationships.suggestions(args.gatheringId, viewer);
  }
}
