import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { answeredServiceUnavailable } from './service-unavailable.js';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error.js';
import { CommonError, commonError, httpStatusOf } from './common.errors.js';
import { INTERNAL_MESSAGE } from './format-error.js';

/** What a failed plain-HTTP request (a REST route, a refused body, an unknown route) answers. */
export interface HttpErrorAnswer {
  status: number;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

export const errorAnswer = (
  error: AppError | GraphQLError,
  status = error instanceof AppError ? httpStatusOf(error) : 400,
): HttpErrorAnswer => ({
  status,
  body: { errors: [{ message: error.message, extensions: { ...error.extensions } }] },
});

// Express, the body parser and Nest raise http-errors with a status; the 4xx ones speak about the request.
function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const { status, statusCode } = (exception ?? {}) as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' ? value : undefined;
}

function requestError(status: number, message: string): AppError | null {
  if (status === 404) return commonError(CommonError.RouteNotFound);
  if (status === 405) return commonError(CommonError.MethodNotAllowed);
  if (status === 413) return commonError(CommonError.RequestTooLarge);
  if (status === 415) return commonError(CommonError.UnsupportedMediaType);
  if (status === 401) return commonError(CommonError.SignInRequired);
  if (status >= 400 && status < 500)
    return commonError(CommonError.InvalidRequest, { message: `This request could not be read: ${message}` });
  return null;
}

/** The answer for any exception outside GraphQL; null when it was unexpected (a 500, to be logged). */
export function httpErrorAnswer(exception: unknown): HttpErrorAnswer | null {
  if (exception instanceof AppError) return errorAnswer(exception);
  if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string') return errorAnswer(exception);
  const status = statusOf(exception);
  const known = status === undefined ? null : requestError(status, exception instanceof Error ? exception.message : String(exception));
  return known && errorAnswer(known, status);
}

export const internalErrorAnswer = (): HttpErrorAnswer => ({
  status: 500,
  body: { errors: [{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
});

/**
 * GraphQL errors go back to Apollo untouched, where formatError decides what a
 * client sees and logs what was unexpected. Everything else (REST routes,
 * unknown routes, bodies that do not parse) answers JSON in the same shape as
 * GraphQL errors, always with a code, and never a stack trace or SQL.
 */
@Catch()
export class GraphqlExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (answeredServiceUnavailable(exception, res)) return undefined;
    let answer = httpErrorAnswer(exception);
    if (!answer) {
      this.logger.error(exception instanceof Error ? exception : String(exception), 'unexpected error in an HTTP request');
      answer = internalErrorAnswer();
    }
    if (res.headersSent) {
      res.end();
      return undefined;
    }
    res.status(answer.status).json(answer.body);
    return undefined;
  }
}
