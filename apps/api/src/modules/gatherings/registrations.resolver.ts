import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { DecideRegistrationInput } from './dtos/decide-registration.input.js';
import { GatheringIdInput } from './dtos/gathering-id.input.js';
import { RegisterForGatheringInput } from './dtos/register-for-gathering.input.js';
import { ParticipantsArgs } from './dtos/participants.args.js';
import { GatheringRole, RegistrationStatus } from './gathering.enums.js';
import { ParticipantConnection } from './participant.model.js';
import type { Connection } from '../../common/pagination/connection.model.js';
import type { Participant } from './participant.model.js';
import { RegistrationModel } from './registration.model.js';
import { RegistrationsService } from './registrations.service.js';
import { UUID } from '../../common/ids.js';

@Resolver(() => RegistrationModel)
export class RegistrationsResolver {
  constructor(private readonly registrations: RegistrationsService) {}

  @SignedIn()
  @Mutation(() => RegistrationModel, {
    description:
      'Takes a place (REGISTERED), a place in the queue (WAITLISTED, first come first served), or asks the conveners (PENDING_APPROVAL).',
  })
  registerForGathering(@Args('input') input: RegisterForGatheringInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.registrations.register(input, viewer);
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, { description: 'Cancels your registration; your place goes to the first person on the waiting list.' })
  cancelRegistration(@Args('input') input: GatheringIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.registrations.cancel(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => [RegistrationModel], {
    description: 'Registrations in arrival order (conveners). Access needs only where the person chose to share them.',
  })
  gatheringRegistrations(
    @Args('gatheringId', { type: () => UUID }) gatheringId: string,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status: RegistrationStatus | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RegistrationModel[]> {
    return this.registrations.forConveners(gatheringId, status, viewer);
  }

  @SignedIn()
  @Query(() => ParticipantConnection, {
    description:
      'The people with a place (registered or attended), by name, with the networks they came for: for the people taking part and the conveners only.',
  })
  gatheringParticipants(@Args() args: ParticipantsArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<Participant>> {
    return this.registrations.participants(args, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => RegistrationModel, {
    description: 'Approves (a place, or the waiting list when full) or declines a registration waiting for approval (conveners).',
  })
  decideRegistration(@Args('input') input: DecideRegistrationInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.registrations.decide(input, viewer);
  }
}
