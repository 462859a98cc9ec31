import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ImpactArgs {
  @Field({ description: 'The slug of the gathering or network.' })
  @IsString()
  @MaxLength(200, { message: 'This is not the slug of a gathering or network.' })
  slug: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Count only what happened from this moment on (a network or coalition).',
  })
  @IsOptional()
  @IsDate({ message: 'Give the start of the range as a date.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Count only what happened before this moment (a network or coalition).' })
  @IsOptional()
  @IsDate({ message: 'Give the end of the range as a date.' })
  until?: Date | null;
}
