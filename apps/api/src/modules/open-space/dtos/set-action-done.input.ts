import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class SetActionDoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of an action.' })
  actionId: string;

  @Field()
  @IsBoolean()
  done: boolean;
}
