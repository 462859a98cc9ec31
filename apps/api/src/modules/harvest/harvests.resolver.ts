import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import { ActionsService } from './actions.service.js';
import { SaveHarvestInput } from './dtos/save-harvest.input.js';
import { SetHarvestStatusInput } from './dtos/set-harvest-status.input.js';
import { HarvestModel } from './harvest.model.js';
import { HarvestsService } from './harvests.service.js';
import { MyActionModel } from './my-action.model.js';

@Resolver(() => HarvestModel)
export class HarvestsResolver {
  constructor(
    private readonly harvests: HarvestsService,
    private readonly actions: ActionsService,
  ) {}

  @Public()
  @Query(() => HarvestModel, {
    nullable: true,
    description:
      'A gathering’s harvest: for its conveners always (a draft too), once published for the readers they chose; null when there is none the viewer may read.',
  })
  harvest(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<HarvestModel | null> {
    return this.harvests.read(gatheringId, viewer);
  }

  @SignedIn()
  @Mutation(() => HarvestModel, { description: 'Conveners write the themes that emerged and choose who may read the harvest.' })
  saveHarvest(@Args('input') input: SaveHarvestInput, @CurrentViewer() viewer: Viewer): Promise<HarvestModel> {
    return this.harvests.save(input, viewer);
  }

  @SignedIn()
  @Mutation(() => HarvestModel, { description: 'Conveners publish the harvest (its readers are told), or take it back to draft.' })
  setHarvestStatus(@Args('input') input: SetHarvestStatusInput, @CurrentViewer() viewer: Viewer): Promise<HarvestModel> {
    return this.harvests.setStatus(input, viewer);
  }

  @SignedIn()
  @Query(() => [MyActionModel], { description: 'The actions the viewer owns, across gatherings: open ones first, soonest due first.' })
  myActions(@CurrentViewer() viewer: Viewer): Promise<MyActionModel[]> {
    return this.actions.mine(viewer);
  }
}
