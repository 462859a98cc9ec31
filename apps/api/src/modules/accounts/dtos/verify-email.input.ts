import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A link that proves an email address, and (when signed out) the password of the account it is for.' })
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @MinLength(20, { message: 'This link is not complete. Copy the whole link from the email.' })
  @MaxLength(100)
  token: string;

  @Field(() => String, { nullable: true, description: 'Needed when not signed in to the account the link is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(1024, { message: 'That password is too long.' })
  password?: string | null;
}
