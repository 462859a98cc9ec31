import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/ids.js';

@ObjectType({ description: 'One invitation in the cascade, with what came through it.' })
export class InvitationTreeNode {
  @Field(() => UUID)
  id: string;

  @Field(() => UUID, { nullable: true, description: 'The invitation its issuer came through; null at the root (conveners).' })
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
