import { Field, ObjectType } from '@nestjs/graphql';

/** The facts a notification's text and link need, chosen when it was written (only what its reader may see). */
@ObjectType('NotificationFacts', {
  description: 'Names and slugs for the text and the link of a notification; null when not part of its kind.',
})
export class NotificationFacts {
  @Field(() => String, { nullable: true, description: 'The title of the gathering (or other thing) it is about.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The slug of the gathering it is about, for its link.' })
  slug: string | null;

  @Field(() => String, { nullable: true, description: 'Your side: the network you were invited to, or the one a tie was proposed to.' })
  networkName: string | null;

  @Field(() => String, { nullable: true })
  networkSlug: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The id of your side’s network, where its link needs it (answering an invitation to co-convene).',
  })
  networkId: string | null;

  @Field(() => String, { nullable: true, description: 'The other side of a tie.' })
  otherNetworkName: string | null;

  @Field(() => String, { nullable: true })
  otherNetworkSlug: string | null;

  @Field(() => String, { nullable: true, description: 'The role you were invited to: facilitator, convener, member or delegate.' })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'A tie proposal’s answer: ACCEPTED or DECLINED.' })
  answer: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Which end of a tie your network is: MEMBER (it would belong to the other) or PARENT.',
  })
  side: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The page it is about, as a path in the web app (for kinds whose module gives one).',
  })
  path: string | null;
}

export const FACT_KEYS = [
  'title',
  'slug',
  'networkName',
  'networkSlug',
  'otherNetworkName',
  'otherNetworkSlug',
  'role',
  'answer',
  'side',
  'path',
] as const;

export type FactKey = (typeof FACT_KEYS)[number];

/** The stored facts as the GraphQL type (unknown keys dropped, missing ones null). */
export function factsFrom(data: Record<string, unknown>): NotificationFacts {
  return Object.fromEntries(
    FACT_KEYS.map((key) => [key, typeof data[key] === 'string' ? data[key] : null]),
  ) as unknown as NotificationFacts;
}
