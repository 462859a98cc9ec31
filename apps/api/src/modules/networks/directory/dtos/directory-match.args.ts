import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NetworkFilter } from './network-filter.input.js';

/** What picks networks out of the directory: the search and the filters (the list, the map and the CSV share them). */
@ArgsType()
export class DirectoryMatchArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to look for in names, purposes and descriptions; misspelt names still match.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Use at most 200 characters.' })
  search?: string | null;

  @Field(() => NetworkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkFilter)
  filter?: NetworkFilter | null;
}
