import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';

/** Who is asking. Loaded once per request (or per websocket connection). */
export interface Viewer {
  personId: string;
  sessionId: string;
  isPlatformAdmin: boolean;
}

/** The GraphQL context of every operation, over HTTP or graphql-ws. */
export interface RequestContext {
  req: Request | IncomingMessage;
  /** Absent for subscriptions: nothing can be set on a websocket's response. */
  res?: Response;
  viewer: Viewer | null;
  ip: string;
}
