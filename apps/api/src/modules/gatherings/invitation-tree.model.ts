import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InvitationTreeNode } from './invitation-tree-node.model.js';

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
