import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { UUID } from '../../../common/ids.js';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';

@ArgsType()
export class ConversationsArgs extends PaginationArgs {
  @Field(() => UUID, { nullable: true, description: 'Those of this gathering and its sessions.' })
  @IsOptional()
  @IsUUID('all')
  gatheringId?: string | null;

  @Field(() => UUID, { nullable: true, description: 'Those of this network or coalition.' })
  @IsOptional()
  @IsUUID('all')
  networkId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those you follow.' })
  @IsOptional()
  @IsBoolean()
  following?: boolean | null;
}

@ArgsType()
export class PostsArgs extends PaginationArgs {
  @Field(() => UUID)
  @IsUUID('all')
  conversationId: string;
}
