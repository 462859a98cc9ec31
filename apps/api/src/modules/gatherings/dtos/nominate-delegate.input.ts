import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: "A network's facilitator nominates someone in the network to one of its delegate places." })
export class NominateDelegateInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a person.' })
  personId: string;
}
