import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { ImpactArgs } from './dtos/impact.args.js';
import { SetImpactPublicationsInput } from './dtos/set-impact-publications.input.js';
import { ImpactService } from './impact.service.js';
import { ImpactPublicationsModel } from './models/impact-publications.model.js';
import { ImpactModel } from './models/impact.model.js';

@Resolver(() => ImpactModel)
export class ImpactResolver {
  constructor(private readonly service: ImpactService) {}

  @Public()
  @Query(() => ImpactModel, {
    description:
      'The relational impact of a gathering and its follow-ups, one period per gathering. Its conveners (and the facilitators of the ' +
      'networks convening it) see every measure; everyone else the measures all its convening networks publish.',
  })
  gatheringImpact(@Args() args: ImpactArgs, @OptionalViewer() viewer: Viewer | null): Promise<ImpactModel> {
    return this.service.gathering(args, viewer);
  }

  @Public()
  @Query(() => ImpactModel, {
    description:
      'The relational impact of one network (its people’s ties, the gatherings it convened), per quarter. Its facilitators see every ' +
      'measure; everyone else only what it publishes. NOT_FOUND for a network the viewer may not see.',
  })
  networkImpact(@Args() args: ImpactArgs, @OptionalViewer() viewer: Viewer | null): Promise<ImpactModel> {
    return this.service.network(args, false, viewer);
  }

  @Public()
  @Query(() => ImpactModel, {
    description:
      'The relational impact of a coalition with every network in it (nested coalitions too) that the viewer may see, per quarter. ' +
      'Its facilitators see every measure; everyone else only what the coalition publishes.',
  })
  coalitionImpact(@Args() args: ImpactArgs, @OptionalViewer() viewer: Viewer | null): Promise<ImpactModel> {
    return this.service.network(args, true, viewer);
  }

  @SignedIn()
  @Mutation(() => ImpactPublicationsModel, {
    description: 'Chooses which impact measures a network publishes to everyone (facilitators only); replaces the earlier choice.',
  })
  setImpactPublications(
    @Args('input') input: SetImpactPublicationsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ImpactPublicationsModel> {
    return this.service.setPublications(input, viewer);
  }
}
