import { ArgsType, Field } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PaginationArgs } from '../../../common/pagination/pagination.args.js';
import { AuditAction, AuditSubject } from '../audit.enums.js';

@ArgsType()
export class AuditEventsArgs extends PaginationArgs {
  @Field(() => AuditAction, { nullable: true, description: 'Only acts of this kind.' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction | null;

  @Field(() => AuditSubject, { nullable: true, description: 'Only acts on this kind of thing.' })
  @IsOptional()
  @IsEnum(AuditSubject)
  subjectType?: AuditSubject | null;

  @Field(() => UUID, { nullable: true, description: 'Only acts on this thing (its id).' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network, gathering, claim or registration.' })
  subjectId?: string | null;
}
