import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInWithLinkInput {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @MinLength(20, { message: 'This sign-in link is not complete. Copy the whole link from the email.' })
  @MaxLength(100)
  token: string;
}
