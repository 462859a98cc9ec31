import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { NewGatheringInput } from './new-gathering.input.js';
import { UUID } from '../../../common/ids.js';

@InputType({
  description:
    'A follow-up to a gathering: convened by the same networks, linked to it; when published, its participants are invited by email.',
})
export class CreateFollowUpInput extends NewGatheringInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  followUpOfId: string;
}
