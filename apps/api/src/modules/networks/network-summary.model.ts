import { Field, ObjectType } from '@nestjs/graphql';
import { LifecycleStage, NetworkKind } from './network.enums.js';
import { UUID } from '../../common/ids.js';

@ObjectType({ description: 'The other network of a tie, as much as the viewer may see.' })
export class NetworkSummary {
  @Field(() => UUID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => NetworkKind)
  kind: NetworkKind;

  @Field()
  isClosed: boolean;

  static from(n: { id: string; slug: string; name: string; kind: NetworkKind; lifecycleStage: LifecycleStage }): NetworkSummary {
    return { id: n.id, slug: n.slug, name: n.name, kind: n.kind, isClosed: n.lifecycleStage === LifecycleStage.CLOSED };
  }
}
