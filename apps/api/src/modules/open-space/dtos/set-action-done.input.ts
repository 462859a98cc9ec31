import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class SetActionDoneInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of an action.' })
  actionId: string;

  @Field()
  @IsBoolean()
  done: boolean;
}
