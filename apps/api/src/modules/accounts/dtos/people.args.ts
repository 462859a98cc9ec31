import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';

@ArgsType()
export class PeopleArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or email address.' })
  @IsOptional()
  @MaxLength(100, { message: 'Use at most 100 characters.' })
  search?: string | null;
}
