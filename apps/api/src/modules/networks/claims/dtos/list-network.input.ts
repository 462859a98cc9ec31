import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { RegisterNetworkInput } from '../../directory/dtos/register-network.input.js';
import { UUID } from '../../../../common/ids.js';

@InputType({
  description: 'Lists a network that is not on Weave yet. You keep the listing (as its facilitator) until its own people claim it.',
})
export class ListNetworkInput extends RegisterNetworkInput {
  @Field(() => UUID, { nullable: true, description: 'Also make it a member of this network, which you facilitate.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be an id we gave out.' })
  memberOfNetworkId?: string;
}
