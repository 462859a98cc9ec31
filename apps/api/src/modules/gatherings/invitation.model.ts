import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('GatheringInvitation', { description: 'An invitation link to a gathering. Registering through it records who invited whom.' })
export class GatheringInvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field({ description: 'The link to share.' })
  url: string;

  @Field(() => ID)
  gatheringId: string;

  @Field()
  gatheringSlug: string;

  @Field()
  gatheringTitle: string;

  @Field()
  issuedByName: string;

  @Field(() => String, { nullable: true, description: 'The network it is issued on behalf of, if any.' })
  networkName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;

  @Field()
  isExpired: boolean;
}

@ObjectType({ description: 'One invitation in the cascade, with what came through it.' })
export class InvitationTreeNode {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The invitation its issuer came through; null at the root (conveners).' })
  parentId: string | null;

  @Field(() => Int, { description: '1 for invitations issued by conveners, 2 for those of people they invited, and so on.' })
  depth: number;

  @Field()
  issuedByName: string;

  @Field(() => String, { nullable: true })
  networkName: string | null;

  @Field(() => Int, { description: 'People registered through this invitation itself.' })
  registrations: number;

  @Field(() => Int, { description: 'People registered through this invitation and every invitation further down its branch.' })
  branchRegistrations: number;
}

@ObjectType({ description: 'How invitations cascaded through networks.' })
export class InvitationTree {
  @Field(() => [InvitationTreeNode])
  nodes: InvitationTreeNode[];

  @Field(() => Int, { description: 'Distinct networks the invitations went through or registrants represent.' })
  networksReached: number;

  @Field(() => Int)
  maxDepth: number;

  @Field(() => Int)
  registrationsThroughInvitations: number;
}

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field(() => ID, { nullable: true, description: 'Issue it on behalf of a network you are in.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;
}

@InputType()
export class InviteByEmailInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This must be the id of a gathering.' })
  gatheringId: string;

  @Field({ description: 'Email addresses, one per line (up to 500).' })
  @IsString()
  @MaxLength(100_000)
  emails: string;

  @Field(() => ID, { nullable: true, description: 'Invite on behalf of a network you are in.' })
  @IsOptional()
  @IsUUID('all', { message: 'This must be the id of a network.' })
  networkId?: string | null;
}

@ObjectType({ description: 'A line of the list that was not sent, and why.' })
export class InvalidEmailLine {
  @Field(() => Int)
  line: number;

  @Field()
  value: string;

  @Field()
  reason: string;
}

@ObjectType()
export class EmailInvitationsResult {
  @Field(() => Int, { description: 'Invitations sent.' })
  sent: number;

  @Field(() => [String], { description: 'Addresses of people already registered (not sent again).' })
  alreadyRegistered: string[];

  @Field(() => [InvalidEmailLine])
  invalid: InvalidEmailLine[];
}
