import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../password.js';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your current password.' })
  @MaxLength(1024, { message: 'That password is too long.' })
  currentPassword: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters.` })
  @MaxLength(PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters.` })
  newPassword: string;
}
