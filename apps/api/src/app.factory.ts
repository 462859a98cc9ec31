import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module.js';
import { answerClientErrors } from './common/errors/client-errors.js';
import { CommonError, commonError } from './common/errors/common.errors.js';
import { errorAnswer } from './common/errors/graphql-exception.filter.js';
import { appValidationPipe } from './common/errors/validation.pipe.js';
import { refuseForeignWebsocketOrigins } from './common/graphql/websocket-origin.js';
import { securityHeaders } from './common/http/security-headers.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** CSV uploads (network imports) may be larger. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Refuses bodies over 1 MB before parsing, with an error shaped like any other. */
function bodySizeLimit(req: Request, res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const csv = req.is('text/csv') === 'text/csv';
  const limit = csv ? MAX_CSV_BYTES : MAX_BODY_BYTES;
  if (length > limit) {
    const message = csv
      ? 'This file is larger than 5 MB. Split it into smaller files.'
      : 'This request is larger than 1 MB. Send less at once.';
    const answer = errorAnswer(commonError(CommonError.RequestTooLarge, { message, field: csv ? 'file' : undefined }));
    res.status(answer.status).json(answer.body);
    return;
  }
  next();
}

/**
 * How long a browser may keep a file of the built web app: Vite's fingerprinted
 * assets (a new name for every change) for a year, unchanged; index.html never
 * without asking; anything else (icons) for an hour.
 */
function cacheControlFor(res: ServerResponse, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (/[\\/]assets[\\/]/.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else res.setHeader('Cache-Control', 'public, max-age=3600');
}

/**
 * Serves the built web app, and its index.html for any other page path (client-side routes).
 * Files are sent as the build compressed them (brotli, else gzip, as the browser accepts);
 * source maps stay on the server (the build references none).
 */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) return;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.endsWith('.map')) res.status(404).end();
    else next();
  });
  app.use(
    expressStaticGzip(webDistDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      // dotfiles: the build's .vite/manifest.json (for the bundle budget) stays on the server.
      serveStatic: { index: false, cacheControl: false, dotfiles: 'ignore', setHeaders: cacheControlFor },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      req.method === 'GET' && !/^\/(graphql|api)(\/|$)/.test(req.path) && req.path !== '/health' && req.accepts('html') === 'html';
    if (isPage) res.setHeader('Cache-Control', 'no-cache').sendFile(index);
    else next();
  });
}

/** The whole API as a Nest application, not yet listening (tests and main.ts share it). */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(options.config));
  // API answers (GraphQL, CSV) compressed when worth it; the web app's files come compressed from the build.
  app.use(compression());
  answerClientErrors(app.getHttpServer());
  app.use(bodySizeLimit);
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useBodyParser('text', { type: 'text/csv', limit: MAX_CSV_BYTES });
  app.useGlobalPipes(appValidationPipe);
  serveWebApp(app, options.config.webDistDir);
  refuseForeignWebsocketOrigins(app.getHttpServer(), options.config.allowedOrigins);
  return app;
}
