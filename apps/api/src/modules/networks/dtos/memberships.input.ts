import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';
import { MembershipStatus, TieType } from '../network-membership.entity.js';

registerEnumType(TieType, { name: 'TieType', description: 'MEMBER belongs; PARTNER works alongside; OBSERVER follows.' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

const ID_MESSAGE = { message: 'This must be an id we gave out.' };

@InputType({ description: 'One side of a tie between two networks proposes it; the other side answers.' })
export class ProposeMembershipInput {
  @Field(() => ID, { description: 'The network that would belong (the member).' })
  @IsUUID('all', ID_MESSAGE)
  memberNetworkId: string;

  @Field(() => ID, { description: 'The network it would belong to (usually a coalition).' })
  @IsUUID('all', ID_MESSAGE)
  parentNetworkId: string;

  @Field(() => TieType, { defaultValue: TieType.MEMBER })
  @IsEnum(TieType)
  tieType: TieType = TieType.MEMBER;
}

@InputType()
export class RespondToMembershipInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  membershipId: string;

  @Field()
  @IsBoolean()
  accept: boolean;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  membershipId: string;
}
