import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { AnyTFunction, Resources } from '../i18n/messages.types';

/** `reasons.<Reason>`: the words for a case the API names in `extensions.reason` (its features' *.errors.ts). */
type ReasonKey = `reasons.${keyof Resources['reasons']['reasons']}`;

const reasonName = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Z]/.test(value) && !value.endsWith('_detail') ? value : undefined;

export interface FormErrorSummary {
  /** Input field name → message, for errors the server tied to one field. */
  fields: Record<string, string>;
  /** Anything that belongs at the top of the form. */
  message?: string;
}

interface ReadOptions {
  t: AnyTFunction;
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
      return options.t('errors.tooManyRequests');
    case 'SERVICE_UNAVAILABLE':
      return options.t('errors.serviceUnavailable');
    case 'INTERNAL_SERVER_ERROR':
    case undefined:
      // Unexpected errors carry no message meant for people.
      return options.t('errors.unexpected');
    default:
      return error.message || options.t('errors.unexpected');
  }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The error in the reader's language when the server named a reason the web words (with
 * `extensions.detail` when the wording has a place for it); undefined for any other reason, or none.
 * The words are there once the API has refused something (app/apollo.ts downloads them then).
 */
export function wordReason(error: Pick<GraphQLFormattedError, 'extensions'>, t: AnyTFunction): string | undefined {
  const reason = reasonName(error.extensions?.reason);
  if (!reason) return undefined;
  const detail = text(error.extensions?.detail);
  // An empty default: a reason (or a wording with its detail) the web has no words for reads as unknown.
  const words = (key: string, options: { detail?: string } = {}) => t(key as ReasonKey, { ...options, defaultValue: '' });
  return (detail !== undefined && words(`reasons.${reason}_detail`, { detail })) || words(`reasons.${reason}`) || undefined;
}

function readGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>, options: ReadOptions): FormErrorSummary {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  for (const error of errors) {
    const worded = wordReason(error, options.t);
    const perField = fieldMessages(error);
    // A worded reason replaces the server's English, on the fields it named or at the top.
    const entries = Object.entries(perField).map(([field, message]): [string, string] => [field, worded ?? message]);
    if (entries.length === 0 && worded) {
      messages.push(worded);
      continue;
    }
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
    return { fields: {}, message: options.t('errors.tooManyRequests') };
  }
  // The API answers 503 while its database is away for a moment.
  if (ServerError.is(error) && error.statusCode === 503) {
    return { fields: {}, message: options.t('errors.serviceUnavailable') };
  }
  // Anything else means the request never produced a GraphQL answer.
  return { fields: {}, message: options.t('errors.network') };
}

/** Everything an operation's error says, as one text for an alert: the reader's language where the web can. */
export function errorText(error: unknown, t: AnyTFunction): string {
  const summary = toFormErrors(error, { t });
  const parts = [summary.message, ...Object.values(summary.fields)].filter((part): part is string => Boolean(part));
  return [...new Set(parts)].join(' ') || t('errors.unexpected');
}

/** The `extensions.reason` of the first GraphQL error, e.g. RoomFull; undefined for anything else. */
export function graphQLErrorReason(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? text(error.errors[0]?.extensions?.reason) : undefined;
}

/** The `extensions.code` of the first GraphQL error, e.g. NOT_FOUND; undefined for anything else. */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
