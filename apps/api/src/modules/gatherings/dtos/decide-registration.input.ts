import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';

@InputType()
export class DecideRegistrationInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a registration.' })
  registrationId: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}
