import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../../common/ids.js';
import { ImpactMeasure } from '../impact.enums.js';

@ObjectType('ImpactPublications', { description: 'The measures a network publishes to people outside it.' })
export class ImpactPublicationsModel {
  @Field(() => UUID)
  networkId: string;

  @Field(() => [ImpactMeasure])
  measures: ImpactMeasure[];
}
