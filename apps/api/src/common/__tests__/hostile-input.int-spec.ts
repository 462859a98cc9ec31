import { request as httpRequest } from 'node:http';
import { createTestApp, type TestApp, type TestPerson } from '../../test/test-app.js';

// The cases of issue 11 §5, one by one; fuzz.int-spec.ts sends thousands more.
const NUL = '\u0000';
const JSON_HEADERS = { 'content-type': 'application/json' };

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function send(t: TestApp, path: string, init: RequestInit = {}): Promise<{ status: number; type: string; body: ErrorBody }> {
  const response = await fetch(`${t.baseUrl}${path}`, init);
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, type, body: type.includes('json') ? (JSON.parse(text) as ErrorBody) : { errors: [] } };
}

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  send(t, '/graphql', { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body });

/** A raw request, for what fetch refuses to send (URLs over 16 KB). */
function rawGet(t: TestApp, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hostile input gets a 4xx with a code, never a 500', () => {
  let t: TestApp;
  let person: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    person = await t.newPerson();
  });
  afterAll(() => t.close());

  it('answers an unparseable document with 400 and BAD_USER_INPUT, for either JSON media type', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const answer = await post(t, JSON.stringify({ query: '{ me { id ' }), { accept });
      expect(answer.status).toBe(400);
      expect(answer.type).toContain(accept);
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'InvalidRequest' });
    }
  });

  it('refuses a NUL byte in any string argument or input field, naming the field', async () => {
    const literal = await t.client().error(`{ network(slug: "a\\u0000b") { id } }`);
    expect(literal).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { reason: 'InvalidText', fields: { slug: expect.any(String) } } });

    const inVariable = await t.client().error('query($slug: String!) { gathering(slug: $slug) { id } }', { slug: `x${NUL}` });
    expect(inVariable.extensions).toMatchObject({ reason: 'InvalidText', fields: { slug: expect.stringMatching(/NUL/) } });

    const inInput = await person.client.error('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', {
      input: { displayName: `Ana${NUL}` },
    });
    expect(inInput.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'InvalidText',
      fields: { displayName: expect.any(String) },
    });

    const halfEmoji = await person.client.error('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', {
      input: { displayName: 'Ana \ud83d' },
    });
    expect(halfEmoji.extensions).toMatchObject({ reason: 'InvalidText', fields: { displayName: expect.any(String) } });
  });

  it.each([
    ['wall', '{ wall(gatheringId: "x") { spaces { id } } }'],
    ['room', '{ room(sessionId: "x") { session { id } } }'],
    ['myPresence', '{ myPresence(gatheringId: "x") { session { id } } }'],
    ['myInvitations', '{ myInvitations(gatheringId: "x") { code } }'],
    ['delegatePlaces', '{ delegatePlaces(gatheringId: "x") { places } }'],
    ['suggestSchedule', '{ suggestSchedule(gatheringId: "x") { placements { sessionId } } }'],
  ])('refuses a non-UUID id to %s at the edge', async (_field, query) => {
    const answer = await person.client.request(query);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'InvalidId' });
  });

  it('refuses a non-UUID id in a variable, naming where it is', async () => {
    const answer = await person.client.request('mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) { id } }', {
      input: { gatheringId: `${NUL}1' OR 1=1` },
    });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].message).toMatch(/input\.gatheringId.*not an id Weave gave out/);
    expect(answer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'InvalidId' });
  });

  it('tells a subscription sent over POST to use the websocket', async () => {
    const answer = await post(t, JSON.stringify({ query: `subscription { wallUpdates(gatheringId: "${person.id}") { __typename } }` }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toMatch(/websocket/);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'UseWebsocket' });
  });

  it('answers broken JSON and bodies of other types with a coded JSON error', async () => {
    const broken = await post(t, '{"query":');
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'InvalidRequest' });

    const charset = await post(t, '{}', { 'content-type': 'application/json; charset=ebcdic' });
    expect(charset.status).toBe(415);
    expect(charset.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UnsupportedMediaType' });
  });

  it('answers REST errors as JSON with a code: a NUL in a file name, a bad id, an unknown route or method', async () => {
    const nul = await send(t, '/api/gatherings/%00.ics');
    expect(nul.status).toBe(400);
    expect(nul.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'InvalidText',
      fields: { slug: expect.any(String) },
    });

    const badId = await send(t, '/api/gatherings/nope/registrations.csv');
    expect(badId.status).toBe(400);
    expect(badId.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'InvalidId',
      fields: { id: expect.any(String) },
    });

    const badEscape = await send(t, '/api/gatherings/%E0%A4%A.ics');
    expect(badEscape.status).toBe(400);
    expect(badEscape.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    for (const [path, method] of [
      ['/api/nothing-here', 'GET'],
      ['/nothing-here', 'GET'],
      ['/health', 'POST'],
      ['/api/networks/export.csv', 'DELETE'],
    ]) {
      const answer = await send(t, path, { method });
      expect([path, method, answer.status, answer.type]).toEqual([path, method, 404, expect.stringContaining('application/json')]);
      expect(answer.body.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'RouteNotFound' });
    }
  });

  it('answers an inactive calendar link with a reason the web words', async () => {
    const answer = await send(t, '/api/calendar/not-a-token.ics');
    expect(answer.status).toBe(404);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'FeedLinkInactive' });
  });

  it('refuses a cursor it did not give out, with a reason', async () => {
    const admin = await t.newAdmin();
    const error = await admin.client.error('{ people(first: 1, after: "bm90IGEgY3Vyc29y") { totalCount } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UnknownCursor', fields: { after: expect.any(String) } });
  });

  it('answers a URL over 16 KB with 431 and a coded JSON error', async () => {
    const answer = await rawGet(t, `/api/${'a'.repeat(17 * 1024)}`);
    expect(answer.status).toBe(431);
    expect(answer.type).toContain('application/json');
    expect(JSON.parse(answer.body)).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason: 'HeadersTooLarge' } }],
    });
  });
});
