import { applyDecorators, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';
import type { FieldErrors } from './app-error.js';
import { CommonError, commonError } from './common.errors.js';

function collect(errors: ValidationError[], prefix: string, into: FieldErrors): FieldErrors {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first && !into[field]) into[field] = first;
    if (error.children?.length) collect(error.children, field, into);
  }
  return into;
}

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (half an emoji)
// would be stored as U+FFFD: neither is text a person meant to send.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const INVALID_TEXT = /[\u0000\uD800-\uDFFF]/u;

/**
 * The first string inside `value` PostgreSQL could not store as text, as a field
 * path relative to the argument (`title`, `lines.2`), or null. Iterative, so a
 * deeply nested body cannot exhaust the stack.
 */
export function invalidTextField(value: unknown, name: string): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (INVALID_TEXT.test(item)) return path || name;
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (INVALID_TEXT.test(key)) return path || name;
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/**
 * The one gate for every argument of every resolver and controller (GraphQL
 * args, route params, queries and bodies): text PostgreSQL cannot store is
 * refused as BAD_USER_INPUT naming its field, then class-validator runs on
 * every input and args class, its failures BAD_USER_INPUT with `fields`.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = invalidTextField(value, metadata.data ?? metadata.type);
      if (field !== null) throw commonError(CommonError.InvalidText, { field });
    }
    return super.transform(value, metadata);
  }
}

export const appValidationPipe = new AppValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => commonError(CommonError.InvalidInput, { fields: collect(errors, '', {}) }),
});

/**
 * For an input field that may be left out but not cleared (its column cannot be
 * empty): undefined skips validation, as @IsOptional() does, but null is refused
 * with a message instead of reaching the database as a NOT NULL violation.
 */
export function Omittable(message = 'This cannot be empty. Leave it out to keep it as it is.'): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsDefined({ message }),
  );
}
