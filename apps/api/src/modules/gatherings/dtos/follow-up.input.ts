import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { NewGatheringInput } from './new-gathering.input.js';

@InputType({
  description:
    'A follow-up to a gathering: convened by the same networks, linked to it; when published, its participants are invited by email.',
})
export class CreateFollowUpInput extends NewGatheringInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  followUpOfId: string;
}
