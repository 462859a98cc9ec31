import { ArgsType, Field, InputType, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';
import { LifecycleStage, NetworkKind, NetworkScope, NetworkSort, Sector } from '../network.enums.js';

@InputType({ description: 'Filters combine with AND across fields and OR within a field.' })
export class NetworkFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  themes?: string[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  regions?: string[];

  @Field(() => [NetworkScope], { nullable: true })
  @IsOptional()
  @IsEnum(NetworkScope, { each: true })
  scopes?: NetworkScope[];

  @Field(() => [LifecycleStage], { nullable: true })
  @IsOptional()
  @IsEnum(LifecycleStage, { each: true })
  lifecycleStages?: LifecycleStage[];

  @Field(() => [NetworkKind], { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind, { each: true })
  kinds?: NetworkKind[];
}

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

@ArgsType()
export class NetworksArgs extends IntersectionType(PaginationArgs, DirectoryMatchArgs, ArgsType) {
  @Field(() => NetworkSort, { defaultValue: NetworkSort.RELEVANCE, description: 'RELEVANCE needs a search; without one it sorts by name.' })
  @IsEnum(NetworkSort)
  sort: NetworkSort = NetworkSort.RELEVANCE;
}
