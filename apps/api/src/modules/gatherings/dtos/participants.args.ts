import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';

@ArgsType()
export class ParticipantsArgs extends PaginationArgs {
  @Field(() => UUID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => String, { nullable: true, description: 'Part of a name.' })
  @IsOptional()
  @MaxLength(100, { message: 'Use at most 100 characters.' })
  search?: string | null;
}
