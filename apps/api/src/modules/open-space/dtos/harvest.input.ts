import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a session.' })
  sessionId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Write something first.' })
  @MaxLength(5000, { message: 'Use at most 5,000 characters; add another note for more.' })
  text: string;
}

@InputType({ description: 'Changes a note; name the version you edited, so nobody else’s words are lost.' })
export class EditNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a note.' })
  noteId: string;

  @Field()
  @Transform(trim)
  @MinLength(1, { message: 'Write something first.' })
  @MaxLength(5000, { message: 'Use at most 5,000 characters; add another note for more.' })
  text: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class AddActionInput {
  @Field(() => ID)
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

  @Field(() => ID, { nullable: true, description: 'The owner, when they are on Weave.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a person.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Enter a date such as 2026-12-01.' })
  dueOn?: string | null;
}

@InputType()
export class SetActionDoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of an action.' })
  actionId: string;

  @Field()
  @IsBoolean()
  done: boolean;
}
