import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { hiddenNetworkWorld, type HiddenNetworkWorld } from './hidden-network.fixture.js';
import { READS, WRITES, type WalkOperation } from './hidden-network.operations.js';

// "Members-only networks are invisible to everyone outside them": the visibility walk.
// Every schema field that can return a network or mention one is sent, as people outside
// a members-only network linked to everything, and no answer (data or error) may hold
// its id, name, slug, place or region (no other network there is in Northern Ireland).

/** Types that are a network; and field names that mention one (names, ids, counts). */
const NETWORK_TYPES = new Set(['Network', 'NetworkSummary', 'GraphNode']);
// "networking" (a feedback scale, a number) names no network.
const MENTIONS = /network(?!ing)|memberCount|convenedBy|coConvener|coalitions/i;

/** Fields the walk does not send, and why nobody outside a members-only network can reach them. */
const CONVERSATION_LIVE =
  'only through Subscription.conversationUpdates, which the walk cannot send over HTTP: it reads the conversation first as Query.conversation does, refusing with the same NOT_FOUND whoever may not read it (posts.int-spec), then sends the Conversation and Post types the walk reads';
const NOT_REACHABLE: Record<string, string> = {
  'ConversationUpdate.conversation': CONVERSATION_LIVE,
  'ConversationUpdate.posts': CONVERSATION_LIVE,
  'Subscription.conversationUpdates':
    'a subscription (the walk sends HTTP): it reads the conversation first as Query.conversation does, refusing with the same NOT_FOUND whoever may not read it (posts.int-spec), then sends the Conversation and Post types the walk reads',
  'Subscription.inboxUpdates': 'the newest of Query.notifications over the socket, read by the same query (inbox.service.ts)',
  'InboxUpdate.latest': 'one of Query.notifications (see Subscription.inboxUpdates)',
};

/** Every `Type.field` that returns a type holding a network, or whose name mentions one. */
function networkFields(schema: GraphQLSchema): Set<string> {
  const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
  const carriers = new Set(NETWORK_TYPES);
  for (let grew = true; grew;) {
    grew = false;
    for (const type of types) {
      if (carriers.has(type.name)) continue;
      const fields = Object.values(type.getFields());
      if (fields.some((f) => carriers.has(getNamedType(f.type).name) || MENTIONS.test(f.name))) {
        carriers.add(type.name);
        grew = true;
      }
    }
  }
  const coordinates = new Set<string>();
  for (const type of types) {
    for (const field of Object.values(type.getFields())) {
      if (carriers.has(getNamedType(field.type).name) || MENTIONS.test(field.name)) coordinates.add(`${type.name}.${field.name}`);
    }
  }
  return coordinates;
}

/** The `Type.field`s an operation selects. */
function selected(schema: GraphQLSchema, query: string): string[] {
  const info = new TypeInfo(schema);
  const seen: string[] = [];
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field(node) {
        const parent = info.getParentType();
        if (parent) seen.push(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return seen;
}

describe('members-only networks stay hidden: the visibility walk', () => {
  let t: TestApp;
  let w: HiddenNetworkWorld;
  let viewers: [string, GraphQLClient][];

  beforeAll(async () => {
    t = await createTestApp();
    w = await hiddenNetworkWorld(t);
    viewers = [
      ['signed out', t.client()],
      ['signed in, in no network', w.outsider.client],
      ['convener of its gathering and facilitator of its coalition, not in it', w.cora.client],
    ];
  });
  afterAll(() => t.close());

  const secrets = () => [w.hidden.id, w.hidden.name, w.hidden.slug, `Heronshire ${w.hidden.name.split(' ').pop()}`, 'NORTHERN_IRELAND'];

  /** The hidden network's id, name, slug or region wherever it shows in the answer. */
  async function leaks(client: GraphQLClient, operation: WalkOperation): Promise<string[]> {
    const result = await client.request(operation.query, operation.variables(w));
    // An operation the schema refuses outright shows nothing to anyone, and would let the walk pass without looking.
    const unread = result.errors?.find((e) => e.extensions?.reason === 'InvalidRequest');
    if (unread) throw new Error(`${operation.name} is not a valid operation any more: ${unread.message}`);
    let text = JSON.stringify({ data: result.data, errors: result.errors }).toLowerCase();
    for (const typed of operation.typed?.(w) ?? []) text = text.split(typed.toLowerCase()).join('');
    return secrets().filter((secret) => text.includes(secret.toLowerCase()));
  }

  it('sends every field that can return or mention a network (add new ones to hidden-network.operations.ts)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const sent = new Set([...READS, ...WRITES].flatMap((o) => selected(schema, o.query)));
    const unsent = [...networkFields(schema)].filter((c) => !sent.has(c) && !(c in NOT_REACHABLE)).sort();
    expect(unsent).toEqual([]);
    expect(networkFields(schema).size).toBeGreaterThan(40);
  });

  it('the world is linked: someone in the network sees it through the same reads', async () => {
    const seenBy = async (operation: WalkOperation) => (await leaks(w.faith.client, operation)).length > 0;
    const linked = [
      'gathering',
      'delegatePlaces',
      'invitation',
      'network: the coalition it belongs to',
      'myCoConveningInvitations',
      'networks',
      'notifications',
      'askOffer: the quay ask met by it',
      'askOfferMatches: the quay ask its offer matches',
      'networkReciprocity: quay',
    ];
    for (const name of linked) expect([name, await seenBy(READS.find((o) => o.name === name)!)]).toEqual([name, true]);
  });

  it('no read shows it to anyone outside it', async () => {
    const found: string[] = [];
    for (const [who, client] of viewers) {
      for (const operation of READS) {
        const secrets = await leaks(client, operation);
        if (secrets.length) found.push(`${operation.name}, ${who}: ${secrets.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no write, even one aimed at it, shows it to anyone outside it', async () => {
    const found: string[] = [];
    for (const [who, client] of viewers) {
      for (const operation of WRITES) {
        const secrets = await leaks(client, operation);
        if (secrets.length) found.push(`${operation.name}, ${who}: ${secrets.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});
