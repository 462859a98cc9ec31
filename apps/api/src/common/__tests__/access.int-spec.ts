import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Reflector } from '@nestjs/core';
import { collectResolvers } from '../graphql/collect-resolvers.js';
import { featureModules } from '../../app.module.js';
import { ACCESS_KEY } from '../access/access.decorators.js';
import { RolesService } from '../../modules/roles/roles.service.js';
import { ProbeModule } from '../../test/probe/probe.module.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const UNKNOWN_NETWORK = '3b0c5f62-9d4e-4d7a-8a55-0c8e2b1f9a01';
const ACTION = 'query($id: UUID!) { probeNetworkAction(networkId: $id) }';

describe('access control', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('every Query, Mutation and Subscription field says who may use it', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const reflector = new Reflector();
    const rules = new Map<string, unknown>();
    for (const resolver of [...collectResolvers(featureModules), ...collectResolvers([ProbeModule])]) {
      for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
        const method = (resolver.prototype as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        // Set by @Query/@Mutation/@Subscription (field resolvers have none).
        const operation = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (!operation || !['Query', 'Mutation', 'Subscription'].includes(operation)) continue;
        const field = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? name;
        rules.set(`${operation}.${field}`, reflector.getAllAndOverride(ACCESS_KEY, [method, resolver]));
      }
    }
    const unguarded: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.keys(root?.getFields() ?? {})) {
        if (!rules.get(`${root!.name}.${field}`)) unguarded.push(`${root!.name}.${field}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(rules.size).toBeGreaterThan(5);
  });

  describe('roles scoped to a network', () => {
    let NETWORK: string;
    beforeAll(async () => {
      NETWORK = (await t.newNetwork(await t.newPerson())).id;
    });

    it('is UNAUTHENTICATED when signed out', async () => {
      expect((await t.client().error(ACTION, { id: NETWORK })).code).toBe('UNAUTHENTICATED');
    });

    it('is NOT_FOUND for a network that does not exist', async () => {
      const person = await t.newPerson();
      expect((await person.client.error(ACTION, { id: UNKNOWN_NETWORK })).code).toBe('NOT_FOUND');
    });

    it('is FORBIDDEN without the role, and for a role in another network', async () => {
      const person = await t.newPerson();
      await t.app.get(RolesService).grant(person.id, 'network', '11111111-2222-4333-8444-555555555555', 'facilitator');
      const error = await person.client.error(ACTION, { id: NETWORK });
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toBe('You need to be facilitator or convener of this network to do that.');
      expect(error.extensions).toMatchObject({ reason: 'RoleRequired', detail: 'facilitator or convener of this network' });
    });

    it('allows a current holder, and stops allowing once the role ends (kept in history)', async () => {
      const person = await t.newPerson();
      const roles = t.app.get(RolesService);
      await roles.grant(person.id, 'network', NETWORK, 'convener');
      await roles.grant(person.id, 'network', NETWORK, 'convener');
      expect(await person.client.data(ACTION, { id: NETWORK })).toEqual({ probeNetworkAction: `acted on ${NETWORK}` });

      expect(await roles.end(person.id, 'network', NETWORK, 'convener')).toBe(true);
      expect((await person.client.error(ACTION, { id: NETWORK })).code).toBe('FORBIDDEN');
      const history = (await roles.history('network', NETWORK)).filter((r) => r.personId === person.id);
      expect(history).toHaveLength(1);
      expect(history[0].endedAt).toBeInstanceOf(Date);
    });

    it('refuses a scope id that is not an id before any role is looked up', async () => {
      const person = await t.newPerson();
      const error = await person.client.error(ACTION, { id: 'not-an-id' });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'InvalidId' } });
      expect(error.message).toMatch(/\$id.*not an id Weave gave out/);
    });

    it('tells a signed-out caller to sign in, with a reason the web words', async () => {
      const error = await t.client().error(ACTION, { id: UNKNOWN_NETWORK });
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', extensions: { reason: 'SignInRequired' } });
    });
  });

  describe('platform admins', () => {
    const PEOPLE =
      'query($first: Int, $after: String, $search: String) { people(first: $first, after: $after, search: $search) { totalCount edges { node { id email displayName } } pageInfo { hasNextPage endCursor } } }';
    type Page = {
      people: {
        totalCount: number;
        edges: { node: { id: string; email: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };

    it('only platform admins may list people', async () => {
      const person = await t.newPerson();
      expect((await person.client.error(PEOPLE)).extensions).toEqual({ code: 'FORBIDDEN', reason: 'PlatformAdminsOnly' });
    });

    it('pages through everyone newest first, and searches by name or email', async () => {
      const admin = await t.newAdmin();
      const a = await t.newPerson({ displayName: 'Zebedee Pager' });
      const b = await t.newPerson({ displayName: 'Zebedee Pager Two' });
      const first = await admin.client.data<Page>(PEOPLE, { first: 1, search: 'zebedee' });
      expect(first.people.totalCount).toBe(2);
      expect(first.people.edges.map((e) => e.node.id)).toEqual([b.id]);
      expect(first.people.edges[0].node.email).toBe(b.email);
      expect(first.people.pageInfo.hasNextPage).toBe(true);
      const second = await admin.client.data<Page>(PEOPLE, { first: 1, search: 'zebedee', after: first.people.pageInfo.endCursor });
      expect(second.people.edges.map((e) => e.node.id)).toEqual([a.id]);
      expect(second.people.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses a cursor it did not give out', async () => {
      const admin = await t.newAdmin();
      const error = await admin.client.error(PEOPLE, { after: 'bm9wZQ' });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toHaveProperty('after');
    });
  });
});
