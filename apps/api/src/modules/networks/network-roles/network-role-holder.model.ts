import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../../accounts/person.model.js';
import { NetworkRole } from '../network.enums.js';

@ObjectType({ description: "A person's role in a network, current or past (hand-overs stay visible)." })
export class NetworkRoleHolder {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => NetworkRole)
  role: NetworkRole;

  @Field(() => GraphQLISODateTime)
  since: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the role ended; null while it is current.' })
  until: Date | null;
}
