import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type FriendlyErrorKey = 'errors.network' | 'errors.tooManyRequests' | 'errors.unexpected';

export interface FormErrorSummary {
  /** Input field name → message, for errors the server tied to one field. */
  fields: Record<string, string>;
  /** Anything that belongs at the top of the form. */
  message?: string;
}

interface ReadOptions {
  translate: (key: FriendlyErrorKey) => string;
  /** Field names the form can show; messages for other fields go to `message`. */
  knownFields?: readonly string[];
}

const FIELD_ERROR_CODES = new Set(['BAD_USER_INPUT', 'CONFLICT']);

function fieldMessages(error: GraphQLFormattedError): Record<string, string> {
  const code = error.extensions?.code;
  const fields = error.extensions?.fields;
  if (typeof code !== 'string' || !FIELD_ERROR_CODES.has(code)) return {};
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
}

function generalMessage(error: GraphQLFormattedError, options: ReadOptions): string {
  switch (error.extensions?.code) {
    case 'TOO_MANY_REQUESTS':
      return options.translate('errors.tooManyRequests');
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      // Unexpected errors carry no message meant for people.
      return options.translate('errors.unexpected');
    default:
      return error.message || options.translate('errors.unexpected');
  }
}

function readGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>, options: ReadOptions): FormErrorSummary {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const error of errors) {
    const perField = fieldMessages(error);
    const entries = Object.entries(perField);
    if (entries.length === 0) {
      messages.push(generalMessage(error, options));
      continue;
    }
    for (const [field, message] of entries) {
      if (!options.knownFields || options.knownFields.includes(field)) fields[field] = message;
      else messages.push(message);
    }
  }
  const unique = [...new Set(messages)];
  return unique.length > 0 ? { fields, message: unique.join(' ') } : { fields };
}

/** Turns whatever an Apollo operation threw into messages a form can show. */
export function toFormErrors(error: unknown, options: ReadOptions): FormErrorSummary {
  if (CombinedGraphQLErrors.is(error)) return readGraphQLErrors(error.errors, options);
  if (ServerError.is(error) && error.statusCode === 429) {
    return { fields: {}, message: options.translate('errors.tooManyRequests') };
  }
  // Anything else means the request never produced a GraphQL answer.
  return { fields: {}, message: options.translate('errors.network') };
}

/** The `extensions.code` of the first GraphQL error, e.g. NOT_FOUND; undefined for anything else. */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
