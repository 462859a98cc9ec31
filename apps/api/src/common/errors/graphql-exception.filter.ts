import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { answeredServiceUnavailable } from './service-unavailable.js';

/**
 * GraphQL errors go back to Apollo untouched, where formatError decides what a
 * client sees and logs what was unexpected; HTTP routes keep Nest's handling, but for
 * an absent database (503 SERVICE_UNAVAILABLE with Retry-After).
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (host.getType() === 'http' && answeredServiceUnavailable(exception, host.switchToHttp().getResponse<Response>())) return;
    return super.catch(exception, host);
  }
}
