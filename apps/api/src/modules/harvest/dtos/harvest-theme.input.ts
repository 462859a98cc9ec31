import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A theme that emerged: a heading and what to say under it.' })
export class HarvestThemeInput {
  @Field()
  @IsString()
  @Transform(trim)
  @MinLength(1, { message: 'Give each theme a heading.' })
  @MaxLength(200, { message: 'Keep a heading to 200 characters.' })
  heading: string;

  @Field({ description: 'Plain text; blank lines separate paragraphs.' })
  @IsString()
  @Transform(trim)
  @MaxLength(20_000, { message: 'Use at most 20,000 characters under one heading; add another theme for more.' })
  body: string;
}
