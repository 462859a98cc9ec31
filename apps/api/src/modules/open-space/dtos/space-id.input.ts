import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class SpaceIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;
}
