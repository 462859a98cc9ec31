import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: "A network's facilitator nominates someone in the network to one of its delegate places." })
export class NominateDelegateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a person.' })
  personId: string;
}
