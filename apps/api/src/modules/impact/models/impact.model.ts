import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ImpactMeasure, ImpactPeriodKind, ImpactSubjectKind } from '../impact.enums.js';
import { ImpactPeriod } from './impact-period.model.js';

@ObjectType('Impact', {
  description:
    'The relational impact of a gathering (with its follow-ups), a network or a coalition (with its member networks): figures, never ' +
    'individuals. Facilitators (and a gathering’s conveners) see every measure; everyone else only the measures the network published.',
})
export class ImpactModel {
  @Field(() => ImpactSubjectKind)
  subjectKind: ImpactSubjectKind;

  @Field({ description: 'The gathering’s or network’s slug.' })
  slug: string;

  @Field({ description: 'The gathering’s title or the network’s name.' })
  name: string;

  @Field(() => ImpactPeriodKind, { description: 'How `periods` cut time: per gathering for a gathering, per quarter for a network.' })
  periodKind: ImpactPeriodKind;

  @Field({ description: 'True when the viewer sees every measure (a facilitator, or a convener of the gathering).' })
  fullView: boolean;

  @Field({ description: 'True when the viewer may choose what the network publishes (setImpactPublications).' })
  mayPublish: boolean;

  @Field(() => [ImpactMeasure], {
    description: 'The measures published to everyone (for a gathering: those all its convening networks publish).',
  })
  published: ImpactMeasure[];

  @Field(() => [ImpactMeasure], { description: 'The measures in this answer: all of them in the full view, else the published ones.' })
  shown: ImpactMeasure[];

  @Field(() => Int, { description: 'The gatherings counted (convened by the networks, or the gathering and its follow-ups).' })
  gatheringCount: number;

  @Field(() => Int, { description: 'The networks counted (1 for a network; the coalition and the member networks you may see).' })
  networkCount: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the range asked for, if any.' })
  from: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the range asked for, if any.' })
  until: Date | null;

  @Field(() => Int, { description: 'Figures resting on fewer people than this are suppressed (5).' })
  fewestPeopleShown: number;

  @Field(() => ImpactPeriod, { description: 'The whole answer’s figures (the only period with the BRIDGING ones).' })
  total: ImpactPeriod;

  @Field(() => [ImpactPeriod], { description: 'The figures over time, oldest first: per gathering, or per quarter with something in it.' })
  periods: ImpactPeriod[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'BRIDGING: the start of the first gathering counted (or `from`); ties in the map made since then are "after".',
  })
  bridgingSince: Date | null;

  @Field(() => Int, { description: 'BRIDGING: how many networks the betweenness means are over (0 when not shown).' })
  bridgingNetworks: number;

  @Field({ description: 'BRIDGING: true when betweenness was estimated from a sample (a map of more than 1,500 networks).' })
  bridgingEstimated: boolean;
}
