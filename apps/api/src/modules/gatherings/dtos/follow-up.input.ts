import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { GatheringFormat } from '../gathering.enums.js';
import { NewGatheringInput } from './new-gathering.input.js';
import { UUID } from '../../../common/ids.js';

/** A follow-up's own fields: online and unlimited unless said otherwise (capacity left empty is unlimited). */
@InputType({ isAbstract: true })
export class FollowUpFieldsInput extends NewGatheringInput {
  @Field(() => GatheringFormat, { defaultValue: GatheringFormat.ONLINE, description: 'Online unless said otherwise.' })
  @IsEnum(GatheringFormat)
  override format: GatheringFormat;
}

@InputType({
  description:
    'A follow-up to a gathering: online and unlimited by default, convened by the same networks, linked to it; ' +
    'when published, its participants are invited by email and told in Weave.',
})
export class CreateFollowUpInput extends FollowUpFieldsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  followUpOfId: string;
}
