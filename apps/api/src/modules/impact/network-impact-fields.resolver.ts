import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../common/access/access.decorators.js';
import type { RequestContext } from '../../common/access/request-context.js';
import { requestLoader } from '../../common/graphql/request-loader.js';
import { NetworkModel } from '../networks/directory/network.model.js';
import { ImpactMeasure } from './impact.enums.js';
import { ImpactService } from './impact.service.js';

/** What a network publishes about its relational impact, on the network itself (the directory's cards), batched per request. */
@Resolver(() => NetworkModel)
export class NetworkImpactFieldsResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField(() => [ImpactMeasure], {
    description:
      'The impact measures this network publishes for everyone to see (empty when none): the directory marks networks with published ' +
      'evidence of relational impact, and networkImpact / coalitionImpact show the figures.',
  })
  publishedImpact(@Parent() network: NetworkModel, @Ctx() ctx: RequestContext): Promise<ImpactMeasure[]> {
    return requestLoader<string, ImpactMeasure[]>(ctx, 'network.publishedImpact', (ids) => this.impact.publishedBy(ids)).load(network.id);
  }
}
