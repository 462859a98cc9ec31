import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class DecideRegistrationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a registration.' })
  registrationId: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}
