import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @MinLength(1, { message: 'Enter your email address.' })
  @MaxLength(254, { message: 'That email address is too long.' })
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(1024, { message: 'That password is too long.' })
  password: string;
}
