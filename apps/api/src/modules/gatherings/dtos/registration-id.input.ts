import { Field, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class RegistrationIdInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a registration.' })
  registrationId: string;
}
