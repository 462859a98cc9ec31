import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { InviteCoConvenerInput } from './invite-co-convener.input.js';

@InputType()
export class RespondToCoConveningInput extends InviteCoConvenerInput {
  @Field()
  @IsBoolean()
  accept: boolean;
}
