import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, MaxLength, MinLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';

const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value;

@InputType({ description: 'Questions to carry on after a gathering: one conversation each, started by a convener.' })
export class SeedConversationsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => [String], { description: '1 to 20 questions, each 1 to 200 characters.' })
  @Transform(trimEach)
  @ArrayMinSize(1, { message: 'Write at least one question.' })
  @ArrayMaxSize(20, { message: 'Seed at most 20 questions at a time.' })
  @MinLength(1, { each: true, message: 'A question cannot be empty.' })
  @MaxLength(200, { each: true, message: 'Keep each question to 200 characters.' })
  questions: string[];
}
