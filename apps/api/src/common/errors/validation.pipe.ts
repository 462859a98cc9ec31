import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput, type FieldErrors } from './app-error.js';

function collect(errors: ValidationError[], prefix: string, into: FieldErrors): FieldErrors {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first && !into[field]) into[field] = first;
    if (error.children?.length) collect(error.children, field, into);
  }
  return into;
}

/** class-validator on every input and args class; failures become BAD_USER_INPUT with `fields`. */
export const appValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => badUserInput(collect(errors, '', {})),
});
