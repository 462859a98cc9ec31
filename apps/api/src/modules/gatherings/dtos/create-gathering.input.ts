import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { NewGatheringInput } from './new-gathering.input.js';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'A new gathering, as a draft. You must be convener or facilitator of each convening network.' })
export class CreateGatheringInput extends NewGatheringInput {
  @Field(() => [UUID], { description: 'The networks convening it (1 to 5).' })
  @ArrayMinSize(1, { message: 'Choose at least one convening network.' })
  @ArrayMaxSize(5, { message: 'Choose at most 5 convening networks.' })
  @IsUUID('all', { each: true, message: 'This must be the id of a network.' })
  convenedByNetworkIds: string[];
}
