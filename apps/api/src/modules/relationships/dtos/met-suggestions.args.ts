import { ArgsType, Field } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@ArgsType()
export class MetSuggestionsArgs {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;
}
