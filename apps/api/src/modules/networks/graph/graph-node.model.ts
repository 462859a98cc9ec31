import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { NetworkKind, Region, Sector } from '../network.enums.js';
import { UUID } from '../../../common/ids.js';

@ObjectType({ description: 'A network in a graph, with measures of where it sits among the others shown.' })
export class GraphNode {
  @Field(() => UUID, { description: 'The network’s id.' })
  id: string;

  @Field({ description: 'The network’s slug, for links to its page.' })
  slug: string;

  @Field({ description: 'The network’s name.' })
  name: string;

  @Field(() => NetworkKind, { description: 'Coalition, network or organisation.' })
  kind: NetworkKind;

  @Field(() => Region, { nullable: true, description: 'The network’s region, when it gave one.' })
  region: Region | null;

  @Field(() => [Sector], { description: 'The sectors the network works in.' })
  sectors: Sector[];

  @Field({ description: 'True when the network has closed; it stays in the graph with its ties.' })
  isClosed: boolean;

  @Field(() => Int, { description: 'How many networks in this graph it is tied to, in either direction.' })
  degree: number;

  @Field(() => Float, {
    description:
      'Betweenness centrality, 0 to 1: the share of shortest paths between other networks in this graph that pass through this one. ' +
      'Estimated from a sample on very large graphs (see NetworkGraph.isBetweennessEstimated).',
  })
  betweenness: number;

  @Field({
    description:
      'A bridging network: its betweenness is above 0 and above the average, and among the top 10% in this graph (at least the top one), ' +
      'so it links networks that would otherwise be far apart or cut off from each other.',
  })
  isBridge: boolean;

  @Field(() => Int, {
    description:
      'The community this network falls in (Louvain, on ties in either direction): networks more tied to each other than to the rest share a number. ' +
      '0 is the largest community in this graph; numbers are not comparable between graphs.',
  })
  cluster: number;
}
