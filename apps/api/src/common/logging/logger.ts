import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';
import type { LogFormat } from '../../config/app-config.js';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/**
 * Nest's start-up chatter (a line per module and per route, some seventy in all): kept for
 * LOG_LEVEL=debug, left out at info so a newcomer's terminal shows what matters.
 */
const STARTUP_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestFactory', 'NestApplication']);

function isChatter(first: unknown): boolean {
  return typeof first === 'object' && first !== null && STARTUP_CHATTER.has(String((first as { context?: unknown }).context));
}

interface LogLine {
  msg?: string;
  err?: { message?: string; stack?: string };
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** A log line as a person reads it at a terminal: the message, a request in a few words, an error with its stack. */
function readableLine(log: LogLine): string {
  if (log.req && log.res) return `${log.req.method} ${log.req.url} → ${log.res.statusCode} in ${log.responseTime} ms`;
  if (log.err) return `${log.msg ?? ''}: ${log.err.stack ?? log.err.message}`;
  return log.msg ?? '';
}

/** The one logger of a process: start-up, requests (pino-http) and shutdown. Writes to stdout unless given `to`. */
export function createLogger(level: string, format: LogFormat = 'json', to?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'weave-api' },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void, levelValue: number) {
        if (levelValue <= 30 && isChatter(args[0]) && !this.isLevelEnabled('debug')) return;
        method.apply(this, args);
      },
    },
  };
  if (format === 'json') return to ? pino(options, to) : pino(options);
  const prettyOptions = { translateTime: 'SYS:HH:MM:ss', hideObject: true, messageFormat: readableLine };
  // Synchronous, so the last words before an exit (a failed start) are not lost.
  return pino(options, pretty(to ? { ...prettyOptions, destination: to } : { ...prettyOptions, sync: true }));
}

/** pino-http settings: one JSON line per request with a request id, no secrets. */
export function httpLoggerOptions(logger: Logger): Options {
  return {
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (req) => req.url === '/health' },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  };
}
