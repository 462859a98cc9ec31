import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Whether participants are asked the five scales before the gathering starts (the start of a workshop series).' })
export class SetFeedbackBeforeInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field()
  @IsBoolean()
  asksBefore: boolean;
}
