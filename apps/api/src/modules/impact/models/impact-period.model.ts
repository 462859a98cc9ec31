import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ImpactFigure } from './impact-figure.model.js';

@ObjectType('ImpactPeriod', {
  description:
    'The figures of one period (a gathering of the series, or a calendar quarter), or of the whole answer. Only the figures of the ' +
    'measures shown to the viewer are there, in a fixed order; a figure about fewer than five people is suppressed.',
})
export class ImpactPeriod {
  @Field({ description: 'The gathering’s slug, or the quarter as "2026-Q3"; "total" for the whole answer.' })
  key: string;

  @Field({ description: 'The gathering’s title, or the quarter ("2026-Q3"); "Total" for the whole answer.' })
  label: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the period starts (the gathering’s start, the quarter’s first day).',
  })
  startsAt: Date | null;

  @Field(() => [ImpactFigure])
  figures: ImpactFigure[];
}
