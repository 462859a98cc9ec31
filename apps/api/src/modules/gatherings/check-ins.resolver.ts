import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRole, SignedIn } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';
import { CheckInCodeModel } from './check-in-code.model.js';
import { CheckInsService } from './check-ins.service.js';
import { CheckInWithCodeInput } from './dtos/check-in-with-code.input.js';
import { GatheringIdInput } from './dtos/gathering-id.input.js';
import { RegistrationIdInput } from './dtos/registration-id.input.js';
import { GatheringRole } from './gathering.enums.js';
import { RegistrationModel } from './registration.model.js';

@Resolver()
export class CheckInsResolver {
  constructor(private readonly checkIns: CheckInsService) {}

  @RequireRole('gathering', [GatheringRole.CONVENER], 'gatheringId')
  @Query(() => CheckInCodeModel, { description: "The gathering's check-in code for the QR code at the door and on the board (conveners)." })
  checkInCode(@Args('gatheringId', { type: () => UUID }) gatheringId: string): Promise<CheckInCodeModel> {
    return this.checkIns.code(gatheringId);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => CheckInCodeModel, { description: 'Replaces the check-in code: the old QR code stops working at once (conveners).' })
  regenerateCheckInCode(@Args('input') input: GatheringIdInput): Promise<CheckInCodeModel> {
    return this.checkIns.regenerateCode(input.gatheringId);
  }

  @SignedIn()
  @Mutation(() => RegistrationModel, {
    description:
      'Checks yourself in with the code from the QR code, while the gathering is published or live; with register, takes a free place first (open gatherings).',
  })
  checkInWithCode(@Args('input') input: CheckInWithCodeInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.checkIns.withCode(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => RegistrationModel, {
    description: 'Ticks a person with a place in (conveners; also after the gathering closed, to correct the record).',
  })
  checkInPerson(@Args('input') input: RegistrationIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.checkIns.tick(input, viewer);
  }

  @RequireRole('gathering', [GatheringRole.CONVENER], 'input.gatheringId')
  @Mutation(() => RegistrationModel, { description: 'Takes a check-in back, however it was made (conveners).' })
  undoCheckIn(@Args('input') input: RegistrationIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationModel> {
    return this.checkIns.untick(input, viewer);
  }
}
