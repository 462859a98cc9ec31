import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GatheringStatus } from '../../modules/gatherings/gathering.enums.js';
import {
  brokenGraphQLBody,
  edgeValues,
  fieldCase,
  fieldRequest,
  hostileValue,
  problemWith,
  rootFields,
  targetsOf,
  type Answer,
  type Fixture,
  type GraphQLCase,
} from '../../test/hostile-requests.js';
import { createTestApp, type TestApp, type TestPerson } from '../../test/test-app.js';

// A few thousand generated hostile requests (issue 11 §5). The seed is fixed so
// a failure reproduces; a failure names the request, to replay by hand.
const SEED = 1105;
const CASES_PER_FIELD = 12;
const BROKEN_BODIES = 300;
const REST_CASES = 400;

// Fields that would end the fuzzing person's session or make every later case shallow.
const SKIPPED = new Set(['mutation signOut']);
// Each test sends several hundred requests; a busy machine may need longer than the default minute.
const TIMEOUT_MS = 180_000;

/** A path segment; a lone surrogate cannot be percent-encoded, so it becomes the bytes of one (invalid UTF-8). */
function inPath(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%BD';
  }
}

interface Failure {
  request: string;
  problem: string;
}

/** Runs requests six at a time, collecting every answer that breaks the rule. */
async function run<T>(cases: T[], send: (item: T) => Promise<Answer & { method?: string }>, describe: (item: T) => string) {
  const failures: Failure[] = [];
  for (let i = 0; i < cases.length; i += 6) {
    await Promise.all(
      cases.slice(i, i + 6).map(async (item) => {
        const answer = await send(item);
        const problem = problemWith(answer, answer.method);
        if (problem) failures.push({ request: describe(item).slice(0, 300), problem });
      }),
    );
  }
  return failures;
}

async function answerOf(response: Response): Promise<Answer> {
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** One failure of each kind per operation, enough to see the pattern without drowning in it. */
function summary(failures: Failure[]): Failure[] {
  const seen = new Set<string>();
  return failures.filter((f) => {
    const kind = `${f.problem.slice(0, 30)} ${f.request.slice(0, 60)}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

describe('fuzzing: hostile requests get a 4xx with a code, never a 500', () => {
  let t: TestApp;
  let admin: TestPerson;
  let fixture: Fixture;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.newAdmin();
    const network = await t.newNetwork(admin);
    const gathering = await t.build.gathering(admin, { networkIds: [network.id], status: GatheringStatus.LIVE });
    await t.build.registration(admin, gathering);
    const session = await t.build.session(admin, gathering);
    const byName = { gatheringId: gathering.id, networkId: network.id, sessionId: session.id, personId: admin.id };
    fixture = {
      ids: { ...byName, id: network.id, memberNetworkId: network.id, intoSessionId: session.id, networkIds: network.id },
      anyId: gathering.id,
    };
  });
  afterAll(() => t.close());

  const sendAll = (cases: GraphQLCase[]) =>
    run(
      cases.map((c, i) => ({ ...c, signedIn: i % 3 !== 0 })),
      async ({ query, variables, signedIn }) => {
        const client = signedIn ? admin.client : t.client();
        const response = await fetch(`${t.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: client.cookieHeader },
          body: JSON.stringify({ query, variables }),
        });
        return answerOf(response);
      },
      ({ query, variables }) => `${query} ${JSON.stringify(variables)}`,
    );

  const fields = () =>
    rootFields(t.app.get(GraphQLSchemaHost).schema).filter(({ operation, field }) => !SKIPPED.has(`${operation} ${field.name}`));

  it(
    'every argument and input field of every root field set to null, a NUL byte, empty text or a bad id',
    async () => {
      const cases = fields().flatMap(({ operation, field }) =>
        targetsOf(field).flatMap((target) => edgeValues(target).map((value) => fieldRequest(operation, field, fixture, target, value))),
      );
      expect(summary(await sendAll(cases))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'every argument of every root field, given generated malformed values',
    async () => {
      const cases = fields().flatMap(({ operation, field }, i) =>
        fc.sample(fieldCase(operation, field, fixture), { seed: SEED + i, numRuns: CASES_PER_FIELD }),
      );
      expect(cases.length).toBeGreaterThan(800);
      expect(summary(await sendAll(cases))).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'broken documents and broken JSON bodies',
    async () => {
      const bodies = fc.sample(brokenGraphQLBody, { seed: SEED, numRuns: BROKEN_BODIES });
      const accepts = ['application/json', 'application/graphql-response+json', '*/*'];
      const failures = await run(
        bodies.map((body, i) => ({ body, accept: accepts[i % accepts.length] })),
        async ({ body, accept }) =>
          answerOf(await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body })),
        ({ body }) => body,
      );
      expect(summary(failures)).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'REST routes with odd paths, methods, content types and bodies',
    async () => {
      const segment = fc.oneof(
        hostileValue.map((value) => inPath(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))),
        fc.constantFrom('%00', '%ZZ', '%E0%A4%A', '..%2F..%2Fetc', fixture.anyId, fixture.ids.networkId, '%F0%9F%98%80', 'a'.repeat(5000)),
      );
      const route = fc.oneof(
        segment.map((s) => `/api/gatherings/${s}.ics`),
        segment.map((s) => `/api/calendar/${s}.ics`),
        segment.map((s) => `/api/gatherings/${s}/registrations.csv`),
        segment.map((s) => `/api/networks/export.csv?search=${s}&sort=${s}&sectors=${s}`),
        segment.map((s) => `/api/networks/${s}/import`),
        segment.map((s) => `/api/networks/${s}/import/preview`),
        fc.constantFrom(`/api/networks/${fixture.ids.networkId}/import`, `/api/networks/${fixture.ids.networkId}/import/preview`),
        fc.constantFrom('/health', '/graphql', '/api', '/api/', '/'),
        segment.map((s) => `/${s}`),
        segment.map((s) => `/graphql?query=${s}&variables=${s}`),
      );
      const request = fc.record({
        path: route,
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        contentType: fc.constantFrom(
          'application/json',
          'text/csv',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'text/csv; charset=latin1',
          '',
        ),
        body: fc.oneof(
          hostileValue.map((value) => JSON.stringify(value) ?? ''),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('name,kind\nA\u0000,NETWORK\n', 'name\n=cmd|calc\n', '\ufeffname,kind\n"unterminated', '{"query":'),
        ),
        signedIn: fc.boolean(),
        accept: fc.constantFrom('application/json', 'text/html', 'application/x-ndjson', '*/*'),
      });
      const cases = fc.sample(request, { seed: SEED, numRuns: REST_CASES });
      const failures = await run(
        cases,
        async ({ path, method, contentType, body, signedIn, accept }) => {
          const headers: Record<string, string> = { accept, 'apollo-require-preflight': 'true' };
          if (contentType) headers['content-type'] = contentType;
          if (signedIn) headers.cookie = admin.client.cookieHeader;
          const hasBody = !['GET', 'HEAD'].includes(method);
          const response = await fetch(`${t.baseUrl}${path}`, { method, headers, body: hasBody ? body : undefined });
          return { ...(await answerOf(response)), method };
        },
        ({ method, path, contentType, body }) => `${method} ${path} (${contentType}) ${body}`,
      );
      expect(summary(failures)).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
