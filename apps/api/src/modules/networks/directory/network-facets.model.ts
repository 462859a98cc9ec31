import { Field, ObjectType } from '@nestjs/graphql';
import { FacetCount } from './facet-count.model.js';

@ObjectType({ description: 'Counts by value over the networks matching the current search and filters.' })
export class NetworkFacets {
  @Field(() => [FacetCount])
  themes: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are Sector names, e.g. VOLUNTARY_SECTOR.' })
  sectors: FacetCount[];

  @Field(() => [FacetCount])
  regions: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are NetworkScope names.' })
  scopes: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are LifecycleStage names.' })
  lifecycleStages: FacetCount[];

  @Field(() => [FacetCount], { description: 'Values are NetworkKind names.' })
  kinds: FacetCount[];
}
