import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType({ description: 'Puts a session on the wall at a cell (time slot × space), or moves it there.' })
export class PlaceSessionInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a time slot.' })
  slotId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a space.' })
  spaceId: string;
}
