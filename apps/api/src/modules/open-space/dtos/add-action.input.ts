import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from './trim.js';
import { UUID } from '../../../common/ids.js';

@InputType()
export class AddActionInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field({ description: 'What will be done.' })
  @Transform(trim)
  @MinLength(3, { message: 'Say what will be done, in at least 3 characters.' })
  @MaxLength(500, { message: 'Use at most 500 characters.' })
  what: string;

  @Field({ description: 'Who owns it: a person or a network, in words.' })
  @Transform(trim)
  @MinLength(1, { message: 'Say who will do it.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  ownerName: string;

  @Field(() => UUID, { nullable: true, description: 'The owner, when they are on Weave.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a person.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter a date such as 2026-12-01.' })
  dueOn?: string | null;
}
