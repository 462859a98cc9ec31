import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'The address of an account whose password is forgotten.' })
export class RequestPasswordResetInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: 'That email address is too long.' })
  @IsEmail({}, { message: 'Enter an email address like name@example.org.' })
  email: string;
}
