import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ERROR_CODES } from '../common/errors/app-error.js';

/**
 * Generators of hostile requests for the fuzz test (common/__tests__/fuzz.int-spec.ts),
 * and the one rule every answer must keep: no 5xx, every error JSON with a
 * code from ERROR_CODES, and never INTERNAL_SERVER_ERROR.
 */

export interface Fixture {
  /** Ids of things that exist and the signed-in person holds roles in, by the argument names that take them. */
  ids: Record<string, string>;
  anyId: string;
}

const NUL = '\u0000';

/** Values that are wrong for most arguments in some way. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 0.5, -0.000001),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string().map((s) => `${s}${NUL}${s}`),
  fc.constantFrom(
    NUL,
    '\ud83d',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    '{3b0c5f62-9d4e-4d7a-8a55-0c8e2b1f9a01}',
    "' OR 1=1 --",
    '__proto__',
    'constructor',
    'NOT_A_VALUE',
    '9999999-01-01T00:00:00Z',
    '2027-02-30T25:61:00Z',
    'javascript:alert(1)',
    '=HYPERLINK("http://x")',
    '%00',
    '../../etc/passwd',
    '',
    ' ',
  ),
  fc.constantFrom(100, 10_000, 200_000).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 50, max: 400 }).map((depth) => nest(depth)),
  fc.array(fc.string(), { minLength: 0, maxLength: 2000 }),
  fc.object({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
);

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? { a: value } : [value];
  return value;
}

/** A value the argument would accept (so that the one hostile value is what the server meets). */
export function plausible(type: GraphQLInputType, name: string, fixture: Fixture, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, fixture, depth);
  if (isListType(type)) return [plausible(type.ofType, name.replace(/s$/, ''), fixture, depth)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = plausible(field.type, field.name, fixture, depth + 1);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'UUID':
      return fixture.ids[name] ?? fixture.anyId;
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2027-09-01T10:00:00.000Z';
    default:
      return name === 'email' ? 'someone@example.org' : 'hello';
  }
}

/** The places inside an argument's value a hostile value can go (the argument itself, or a field of its input), with their types. */
function slots(type: GraphQLInputType, depth = 0): { path: string[]; type: string }[] {
  const named = getNamedType(type);
  const own = { path: [], type: named.name };
  if (!isInputObjectType(named) || depth > 2) return [own];
  return [
    own,
    ...Object.values(named.getFields()).flatMap((field) =>
      slots(field.type, depth + 1).map((slot) => ({ ...slot, path: [field.name, ...slot.path] })),
    ),
  ];
}

function setAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const base = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { ...base, [path[0]]: setAt(base[path[0]], path.slice(1), replacement) };
}

export interface GraphQLCase {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const typeName = (arg: GraphQLArgument) => String(arg.type);

type Operation = 'query' | 'mutation' | 'subscription';
export interface Target {
  arg: GraphQLArgument | null;
  path: string[];
  /** The named type expected there (UUID, String, an input type…). */
  type: string;
}

/** Every place in a field's arguments a hostile value can go. */
export function targetsOf(field: GraphQLField<unknown, unknown>): Target[] {
  const targets = field.args.flatMap((arg) => slots(arg.type).map((slot) => ({ arg, ...slot })));
  return targets.length ? targets : [{ arg: null, path: [], type: 'none' }];
}

/** The field called with plausible arguments, `value` put at `target`. */
export function fieldRequest(
  operation: Operation,
  field: GraphQLField<unknown, unknown>,
  fixture: Fixture,
  target: Target,
  value: unknown,
): GraphQLCase {
  const args = field.args;
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    const base = plausible(arg.type, arg.name, fixture);
    variables[arg.name] = target.arg === arg ? setAt(base, target.path, value) : base;
  }
  const declared = args.map((arg) => `$${arg.name}: ${typeName(arg)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query = `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { field: `${operation} ${field.name}`, query, variables };
}

/** The values every place gets in turn: null and a NUL byte anywhere, an empty string for text, a bad id for an id. */
export function edgeValues(target: Target): unknown[] {
  if (target.type === 'UUID') return [null, NUL, 'not-an-id'];
  if (target.type === 'String') return [null, NUL, ''];
  return [null, NUL];
}

/** One root field called with plausible arguments, one of which (or one field of it) is hostile. */
export function fieldCase(operation: Operation, field: GraphQLField<unknown, unknown>, fixture: Fixture): fc.Arbitrary<GraphQLCase> {
  return fc
    .record({ target: fc.constantFrom(...targetsOf(field)), value: hostileValue })
    .map(({ target, value }) => fieldRequest(operation, field, fixture, target, value));
}

export function rootFields(schema: GraphQLSchema) {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ operation: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ operation: 'mutation' as const, field })),
    ...Object.values(schema.getSubscriptionType()?.getFields() ?? {}).map((field) => ({ operation: 'subscription' as const, field })),
  ];
}

/** Documents that do not parse, or parse into something no server should run. */
export const brokenDocument: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '{ me { id ',
    '}',
    '{ me { id } } }',
    'query query',
    'fragment A on Query { ...A } { ...A }',
    '{ __schema { types { name } } }',
  ),
  fc.constantFrom('query A { me { id } } query B { me { id } }', 'mutation', '{ me(id: 1) { id } }', '{ me @skip(if: "no") { id } }'),
  fc.integer({ min: 100, max: 5000 }).map((n) => `{ ${'{'.repeat(n)}`),
  fc.integer({ min: 1, max: 200 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`),
  fc.integer({ min: 100, max: 3000 }).map((n) => `{ me ${'@include(if: true) '.repeat(n)} { id } }`),
  fc.string().map((s) => `{ network(slug: "${s}\\u0000") { id } }`),
  fc.string().map((s) => `{ gathering(slug: ${JSON.stringify(s)}) { id } }`),
  fc.constant(null),
  fc.integer(),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.string()),
);

/** A whole /graphql request body: a broken document, or a good one with broken surroundings. */
export const brokenGraphQLBody: fc.Arbitrary<string> = fc.oneof(
  fc.record({ query: brokenDocument, variables: fc.option(hostileValue) }).map((body) => JSON.stringify(body)),
  fc
    .record({ query: fc.constant('query($slug: String!) { network(slug: $slug) { id } }'), variables: hostileValue })
    .map((body) => JSON.stringify(body)),
  fc
    .record({ query: fc.constant('{ me { id } }'), operationName: hostileValue, extensions: hostileValue })
    .map((body) => JSON.stringify(body)),
  fc.constantFrom('[{"query":"{ me { id } }"},{"query":"{ me { id } }"}]', '"just a string"', '42', 'null', '[]', '{}', '{"query":""}'),
  fc.string().map((s) => `{"query":"{ me { id } }", ${s}`),
  fc.string({ unit: 'binary' }),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.constant('{"query":"{ me { id } }","__proto__":{"polluted":true}}'),
);

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** What is wrong with an answer to a hostile request, or null. */
export function problemWith({ status, contentType, text }: Answer, method = 'GET'): string | null {
  if (status >= 500) return `HTTP ${status}: ${text.slice(0, 200)}`;
  if (status < 400 && !contentType.includes('json')) return null;
  if (method === 'HEAD') return null;
  if (!contentType.includes('json')) return `HTTP ${status} answered ${contentType || 'no content type'}: ${text.slice(0, 100)}`;
  let body: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    if (status < 400) return null; // e.g. import progress lines
    return `HTTP ${status} JSON that does not parse: ${text.slice(0, 100)}`;
  }
  if (status >= 400 && !body?.errors?.length) return `HTTP ${status} without errors: ${text.slice(0, 200)}`;
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (!(ERROR_CODES as readonly unknown[]).includes(code))
      return `HTTP ${status} error without a known code: ${JSON.stringify(error).slice(0, 200)}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `HTTP ${status} INTERNAL_SERVER_ERROR`;
  }
  return null;
}
