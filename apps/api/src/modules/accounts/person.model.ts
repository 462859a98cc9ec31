import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { Viewer } from '../../common/access/request-context.js';
import type { Person } from './person.js';
import { UUID } from '../../common/ids.js';

@ObjectType('Person', { description: 'A person with an account on Weave.' })
export class PersonModel {
  @Field(() => UUID)
  id: string;

  @Field({ description: 'The name shown to others.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'How to refer to them, e.g. she/her, they/them.' })
  pronouns: string | null;

  @Field(() => String, { nullable: true, description: 'A few words about them, in their own words.' })
  bio: string | null;

  @Field({ description: "Preferred language for Weave's interface, e.g. en or cy." })
  locale: string;

  @Field(() => String, { nullable: true, description: 'Visible to the person themselves and to platform admins; null for anyone else.' })
  email: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether they have proved they receive mail at their email address (invitations to it are theirs only then): for themselves and platform admins; null for anyone else.',
  })
  emailVerified: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether they have a password (an account made through a sign-in link has none until they set one): for themselves only.',
  })
  hasPassword: boolean | null;

  @Field({ description: 'Platform admins look after Weave as a whole.' })
  isPlatformAdmin: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: Person, viewer: Viewer | null): PersonModel {
    const model = new PersonModel();
    const canSeePrivate = viewer !== null && (viewer.personId === entity.id || viewer.isPlatformAdmin);
    Object.assign(model, {
      id: entity.id,
      displayName: entity.displayName,
      pronouns: entity.pronouns,
      bio: entity.bio,
      locale: entity.locale,
      email: canSeePrivate ? entity.email : null,
      emailVerified: canSeePrivate && entity.emailVerifiedAt !== undefined ? entity.emailVerifiedAt !== null : null,
      hasPassword: viewer?.personId === entity.id ? (entity.hasPassword ?? null) : null,
      isPlatformAdmin: entity.isPlatformAdmin,
      createdAt: entity.createdAt,
    });
    return model;
  }
}
