import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphEdge } from './graph-edge.model.js';
import { GraphNode } from './graph-node.model.js';

@ObjectType({
  description:
    'Networks and their active ties, as you may see them: members-only networks you are not in are left out, with their ties. ' +
    'Measures are computed on this graph, treating ties as undirected.',
})
export class NetworkGraph {
  @Field(() => [GraphNode], { description: 'The networks, most central first.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Active ties between the networks in `nodes`.' })
  edges: GraphEdge[];

  @Field(() => Int, { description: 'How many networks are in the graph.' })
  nodeCount: number;

  @Field(() => Int, { description: 'How many ties are in the graph.' })
  edgeCount: number;

  @Field(() => Int, {
    description:
      'How many active ties lead from the networks in this graph to networks you may see outside it ' +
      '(left out by the search and filters, or further out than the depth asked for).',
  })
  outsideTieCount: number;

  @Field({
    description: 'True when betweenness was estimated from a random sample of starting networks, as it is for very large graphs.',
  })
  isBetweennessEstimated: boolean;
}
