import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUrl, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LifecycleStage, NetworkScope, NetworkVisibility, Sector } from '../../network.enums.js';
import { AreaInput } from './area.input.js';
import { Omittable } from '../../../../common/errors/validation.pipe.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Fields a facilitator can set when registering and change later. */
@InputType({ isAbstract: true })
export class NetworkFieldsInput {
  @Field({ nullable: true, description: '"The work": what the network is for.' })
  @Omittable()
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  purpose?: string;

  @Field({ nullable: true, description: '"The soul": what it values and how it works.' })
  @Omittable()
  @Transform(trim)
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  values?: string;

  @Field({ nullable: true })
  @Omittable()
  @Transform(trim)
  @MaxLength(5000, { message: 'Use at most 5,000 characters.' })
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Free tags; stored lower case, without repeats. At most 20.' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20, { message: 'Use at most 20 themes.' })
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'Keep each theme under 40 characters.' })
  themes?: string[];

  @Field(() => [Sector], { nullable: true })
  @Omittable()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => AreaInput, { nullable: true })
  @Omittable()
  @ValidateNested()
  @Type(() => AreaInput)
  area?: AreaInput;

  @Field(() => NetworkScope, { nullable: true })
  @Omittable()
  @IsEnum(NetworkScope)
  scope?: NetworkScope;

  @Field(() => LifecycleStage, { nullable: true, description: 'FORMING by default. Closing a network uses closeNetwork.' })
  @Omittable()
  @IsEnum(LifecycleStage)
  lifecycleStage?: LifecycleStage;

  @Field(() => NetworkVisibility, { nullable: true })
  @Omittable()
  @IsEnum(NetworkVisibility)
  visibility?: NetworkVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'Enter a web address starting with https://' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'How to get in touch: an email address, phone number or a name.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(300, { message: 'Use at most 300 characters.' })
  contact?: string | null;
}

/** The rules for a network's name, shared by register and update. */
export const NetworkNameRules = () =>
  applyDecorators(
    Transform(trim),
    MinLength(2, { message: 'Give the network a name of at least 2 characters.' }),
    MaxLength(120, { message: 'Use at most 120 characters.' }),
  );
