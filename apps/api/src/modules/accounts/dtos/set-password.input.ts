import { Field, InputType } from '@nestjs/graphql';
import { MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../password.js';

@InputType({ description: 'A first password, for an account made through a sign-in link.' })
export class SetPasswordInput {
  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters.` })
  @MaxLength(PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters.` })
  newPassword: string;
}
