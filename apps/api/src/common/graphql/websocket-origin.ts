import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { forbidden } from '../errors/app-error.js';

/**
 * A browser sends its session cookie with a websocket opened from any site,
 * and websockets are not bound by CORS: without a check, a page elsewhere
 * could subscribe as whoever visits it (cross-site websocket hijacking). So
 * an upgrade whose Origin is not Weave's own is refused with 403 before
 * graphql-ws sees it. A request without an Origin is not a browser's (every
 * browser sends one on a websocket) and carries no one's cookie by accident.
 */
export function refuseForeignWebsocketOrigins(server: Server, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  // First in line: graphql-ws's own upgrade listener (added by Nest on init) must never see a refused request.
  server.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const origin = req.headers.origin;
    if (origin === undefined || allowed.has(origin)) return;
    const error = forbidden('This live connection may only be opened from Weave itself.');
    const body = JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] });
    socket.end(
      `HTTP/1.1 403 Forbidden\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    // Later listeners still run; with no path they take it for someone else's upgrade and leave it alone.
    req.url = '';
  });
}
