import { ArgsType, Field, IntersectionType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { PaginationArgs } from '../../../../common/pagination/pagination.args.js';
import { NetworkSort } from '../../network.enums.js';
import { DirectoryMatchArgs } from './directory-match.args.js';

@ArgsType()
export class NetworksArgs extends IntersectionType(PaginationArgs, DirectoryMatchArgs, ArgsType) {
  @Field(() => NetworkSort, { defaultValue: NetworkSort.RELEVANCE, description: 'RELEVANCE needs a search; without one it sorts by name.' })
  @IsEnum(NetworkSort)
  sort: NetworkSort = NetworkSort.RELEVANCE;
}
