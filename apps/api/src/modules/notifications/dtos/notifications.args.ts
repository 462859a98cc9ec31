import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly = false;
}
