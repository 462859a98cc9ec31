import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { FollowUpFieldsInput } from '../../gatherings/dtos/follow-up.input.js';
import { UUID } from '../../../common/ids.js';

@InputType({
  description:
    'Carry a breakout on: a follow-up of its gathering (online and unlimited by default) that, when published, ' +
    'invites the people who took part in that breakout.',
})
export class CarryOnSessionInput extends FollowUpFieldsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;
}
