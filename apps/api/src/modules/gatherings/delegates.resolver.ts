import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { DelegatePlaces } from './delegates.model.js';
import { DelegatesService } from './delegates.service.js';
import { NominateDelegateInput } from './dtos/nominate-delegate.input.js';
import { SetDelegatePlacesInput } from './dtos/set-delegate-places.input.js';
import { GatheringRole } from './gathering.enums.js';
import { RegistrationModel } from './registration.model.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => DelegatePlaces)
export class DelegatesResolver {
  constructor(private readonly delegates: DelegatesService) {}

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => [DelegatePlaces], { description: 'Gives a network delegate places at a gathering (conveners).' })
  setDelegatePlaces(@Args('input') input: SetDelegatePlacesInput, @CurrentViewer() viewer: Viewer): Promise<DelegatePlaces[]> {
    return this.delegates.setPlaces(input, viewer);
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, {
    description: "A network's facilitator nominates someone in the network to one of its delegate places.",
  })
  nominateDelegate(@Args('input') input: NominateDelegateInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.delegates.nominate(input, viewer);
  }

  @SignedIn()
  @Query(() => [DelegatePlaces], { description: 'Delegate places per network at a gathering, and who fills them.' })
  delegatePlaces(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DelegatePlaces[]> {
    return this.delegates.forGathering(gatheringId, viewer);
  }
}
