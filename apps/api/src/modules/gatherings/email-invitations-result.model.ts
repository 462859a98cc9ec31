import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InvalidEmailLine } from './invalid-email-line.model.js';

@ObjectType()
export class EmailInvitationsResult {
  @Field(() => Int, { description: 'Invitations sent.' })
  sent: number;

  @Field(() => [String], { description: 'Addresses of people already registered (not sent again).' })
  alreadyRegistered: string[];

  @Field(() => [InvalidEmailLine])
  invalid: InvalidEmailLine[];
}
