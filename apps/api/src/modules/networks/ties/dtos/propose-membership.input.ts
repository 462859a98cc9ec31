import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { TieType } from '../network-membership.entity.js';
import { UUID } from '../../../../common/ids.js';

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType({ description: 'One side of a tie between two networks proposes it; the other side answers.' })
export class ProposeMembershipInput {
  @Field(() => UUID, { description: 'The network that would belong (the member).' })
  @IsUUID('all', ID_MESSAGE)
  memberNetworkId: string;

  @Field(() => UUID, { description: 'The network it would belong to (usually a coalition).' })
  @IsUUID('all', ID_MESSAGE)
  parentNetworkId: string;

  @Field(() => TieType, { defaultValue: TieType.MEMBER })
  @IsEnum(TieType)
  tieType: TieType = TieType.MEMBER;
}
