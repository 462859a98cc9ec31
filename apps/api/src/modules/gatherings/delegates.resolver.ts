import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { forbidden } from '../../common/errors/app-error.js';
import { DelegatePlaces } from './delegates.model.js';
import { DelegatesService } from './delegates.service.js';
import { NominateDelegateInput, SetDelegatePlacesInput } from './dtos/delegates.input.js';
import { GatheringRole } from './gathering.enums.js';
import { RegistrationModel } from './gathering.model.js';
import { GatheringsService } from './gatherings.service.js';
import { RegistrationsService } from './registrations.service.js';

@Resolver(() => DelegatePlaces)
export class DelegatesResolver {
  constructor(
    private readonly delegates: DelegatesService,
    private readonly gatherings: GatheringsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => [DelegatePlaces], { description: 'Gives a network delegate places at a gathering (conveners).' })
  async setDelegatePlaces(@Args('input') input: SetDelegatePlacesInput): Promise<DelegatePlaces[]> {
    await this.delegates.setPlaces(input);
    return this.delegates.forGathering(input.gatheringId);
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, {
    description: "A network's facilitator nominates someone in the network to one of its delegate places.",
  })
  async nominateDelegate(@Args('input') input: NominateDelegateInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    if (!(await this.delegates.isFacilitator(viewer.personId, input.networkId)))
      throw forbidden("Only the network's facilitators nominate its delegates.");
    const [model] = await this.registrations.toModels([await this.delegates.nominate(input)], true, viewer);
    return model;
  }

  @SignedIn()
  @Query(() => [DelegatePlaces], { description: 'Delegate places per network at a gathering, and who fills them.' })
  async delegatePlaces(
    @Args('gatheringId', { type: () => String }) gatheringId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DelegatePlaces[]> {
    await this.gatherings.findVisible({ id: gatheringId }, viewer);
    return this.delegates.forGathering(gatheringId);
  }
}
