import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../password.js';

@InputType({ description: 'A password-reset link and the new password.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @MinLength(20, { message: 'This link is not complete. Copy the whole link from the email.' })
  @MaxLength(100)
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters.` })
  @MaxLength(PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters.` })
  newPassword: string;
}
