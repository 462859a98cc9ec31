import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'Ask for at least one item.' })
  @Max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} items at a time.` })
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (the `endCursor` of the previous page).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
