import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class ConnectionIdInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a connection.' })
  connectionId: string;
}
