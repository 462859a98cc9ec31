import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { SUPPORTED_LOCALES } from '../../../common/locales.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../password.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'What a new person gives to create an account.' })
export class SignUpInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: 'That email address is too long.' })
  @IsEmail({}, { message: 'Enter an email address like name@example.org.' })
  email: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters.` })
  @MinLength(PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters.` })
  @MaxLength(PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters.` })
  password: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Tell us what to call you.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  displayName: string;

  @Field({
    nullable: true,
    description: `The language of the interface they signed up in (one of: ${SUPPORTED_LOCALES.join(', ')}); Weave writes to them in it. English when left out.`,
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES, { message: `Choose one of: ${SUPPORTED_LOCALES.join(', ')}.` })
  locale?: string;

  @Field({
    nullable: true,
    description:
      'Where in Weave they were going when they signed up: a path such as /gatherings/spring-open-space (never another site). ' +
      'The link in the email that proves their address brings them back there.',
  })
  @IsOptional()
  @MaxLength(500, { message: 'That address is too long.' })
  // A path on this site only: one leading slash, not two (//host is another site) nor a backslash.
  @Matches(/^\/(?![/\\])\S*$/, { message: 'Give a path within Weave, such as /gatherings/spring-open-space.' })
  next?: string;
}
