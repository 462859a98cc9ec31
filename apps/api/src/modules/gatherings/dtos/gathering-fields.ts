import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsUrl, Max, MaxLength, Min, registerDecorator, type ValidationOptions } from 'class-validator';
import { AccessFeature, GatheringFormat, RegistrationMode } from '../gathering.enums.js';
import { Omittable } from '../../../common/errors/validation.pipe.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as Europe/London. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name: 'isTimeZone', target: target.constructor, propertyName, options, validator: { validate: isTimeZone } });
}

/** Fields set when creating a gathering and changed later. */
@InputType({ isAbstract: true })
export class GatheringFieldsInput {
  @Field({ nullable: true, description: 'Why people should come: what it is for.' })
  @Omittable()
  @Transform(trim)
  @MaxLength(3000, { message: 'Use at most 3,000 characters.' })
  purpose?: string;

  @Field(() => String, { nullable: true, description: 'The address, for in-person and hybrid gatherings.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(500, { message: 'Use at most 500 characters.' })
  venue?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The video-call link, for online and hybrid gatherings. Shown to registered people and conveners.',
  })
  @IsOptional()
  @Transform(trim)
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }, { message: 'Enter a link starting with https://' })
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Places; leave empty for unlimited (as for online follow-ups).' })
  @IsOptional()
  @IsInt({ message: 'Capacity is a whole number of places.' })
  @Min(1, { message: 'Capacity is at least 1 place; leave it empty for unlimited.' })
  @Max(100_000, { message: 'Capacity is at most 100,000 places.' })
  capacity?: number | null;

  @Field(() => RegistrationMode, { nullable: true })
  @Omittable()
  @IsEnum(RegistrationMode)
  registrationMode?: RegistrationMode;

  @Field(() => [AccessFeature], { nullable: true })
  @Omittable()
  @IsEnum(AccessFeature, { each: true })
  accessFeatures?: AccessFeature[];

  @Field({ nullable: true, description: 'Anything else about access: how to get there, quiet times, who to ask.' })
  @Omittable()
  @Transform(trim)
  @MaxLength(3000, { message: 'Use at most 3,000 characters.' })
  accessNotes?: string;
}

/** Start, end and zone: checked together. */
@InputType({ isAbstract: true })
export class GatheringTimesInput extends GatheringFieldsInput {
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Omittable()
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Omittable()
  @Type(() => Date)
  @IsDate({ message: 'Enter a date and time.' })
  endsAt?: Date;

  @Field({ nullable: true, description: 'IANA time zone where it happens, e.g. Europe/London.' })
  @Omittable()
  @IsTimeZone({ message: 'Choose a time zone such as Europe/London.' })
  timeZone?: string;

  @Field(() => GatheringFormat, { nullable: true })
  @Omittable()
  @IsEnum(GatheringFormat)
  format?: GatheringFormat;
}
