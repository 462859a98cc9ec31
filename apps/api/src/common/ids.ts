// The one id type: the UUID scalar for GraphQL, ParseIdPipe for route parameters.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { CommonError, commonError, INVALID_ID_MESSAGE } from './errors/common.errors.js';

// Exactly the form PostgreSQL prints a uuid in (any version), so an id that
// passes is one the database can compare, and nothing else reaches SQL.
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

// A plain GraphQLError (not an AppError): GraphQL puts it inside its own
// "Variable "$input" got invalid value … at "input.gatheringId"" error, whose
// message names the argument; formatError keeps that message and this reason.
const invalid = (node?: ValueNode) =>
  new GraphQLError(INVALID_ID_MESSAGE, { nodes: node, extensions: { code: 'BAD_USER_INPUT', reason: CommonError.InvalidId } });

/** Lower case, so that ids compared in code match as they do in SQL. */
function parse(value: unknown, node?: ValueNode): string {
  if (!isUuid(value)) throw invalid(node);
  return value.toLowerCase();
}

/**
 * The one type of every id argument and input field: anything but a UUID is
 * refused as BAD_USER_INPUT before a resolver runs. Ids the API sends out
 * (output fields) are the database's own and are passed through as text.
 */
export const UUID = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'An id: a UUID such as 0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc9562',
  serialize: (value) => String(value),
  parseValue: (value) => parse(value),
  parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined, node),
});

/** A route parameter that is an id: refused as BAD_USER_INPUT (InvalidId) unless a UUID, like the scalar. */
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) throw commonError(CommonError.InvalidId, { field: metadata.data ?? 'id' });
    return value.toLowerCase();
  }
}
