import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, MaxLength, MinLength } from 'class-validator';
import { SUPPORTED_LOCALES } from '../../../common/locales.js';
import { Omittable } from '../../../common/errors/validation.pipe.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'Only the fields given are changed; send null to clear pronouns or bio.' })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @MinLength(1, { message: 'Tell us what to call you.' })
  @MaxLength(80, { message: 'Use at most 80 characters.' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(40, { message: 'Use at most 40 characters.' })
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(1000, { message: 'Use at most 1,000 characters.' })
  bio?: string | null;

  @Field({ nullable: true, description: `One of: ${SUPPORTED_LOCALES.join(', ')}.` })
  @Omittable()
  @IsIn(SUPPORTED_LOCALES, { message: `Choose one of: ${SUPPORTED_LOCALES.join(', ')}.` })
  locale?: string;
}
