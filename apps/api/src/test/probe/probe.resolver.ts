import { Args, Field, Int, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Public, RequireRole, SignedIn, CurrentViewer } from '../../common/access/access.decorators.js';
import type { Viewer } from '../../common/access/request-context.js';
import { UUID } from '../../common/ids.js';

// A test-only module that exercises the shared mechanisms (limits, scoped
// roles, error policy, websockets) before any feature uses them for real.

@ObjectType()
export class ProbeNode {
  @Field(() => Int)
  level: number;

  @Field(() => ProbeNode)
  child: ProbeNode;

  @Field(() => ProbeNode, { description: 'A second branch, to make wide (costly) documents without aliases.' })
  sibling: ProbeNode;
}

const node = (level: number): ProbeNode => ({
  level,
  get child() {
    return node(level + 1);
  },
  get sibling() {
    return node(level + 1);
  },
});

@Resolver()
export class ProbeResolver {
  @Public()
  @Query(() => ProbeNode)
  probeTree(): ProbeNode {
    return node(1);
  }

  @RequireRole('network', ['facilitator', 'convener'], 'networkId')
  @Query(() => String)
  probeNetworkAction(@Args('networkId', { type: () => UUID }) networkId: string): string {
    return `acted on ${networkId}`;
  }

  @Public()
  @Query(() => String)
  probeCrash(): string {
    throw new Error('relation "secret_table" does not exist at SELECT * FROM secret_table');
  }

  @SignedIn()
  @Subscription(() => String)
  async *probeGreetings(@CurrentViewer() viewer: Viewer): AsyncGenerator<{ probeGreetings: string }> {
    for (let i = 1; i <= 3; i++) yield { probeGreetings: `hello ${viewer.personId} #${i}` };
  }
}
