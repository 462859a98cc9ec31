import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { CommonError, commonError } from './common.errors.js';
import { errorAnswer } from './graphql-exception.filter.js';

/** Node's own answers to requests its parser refuses, by the parser's error code. */
function refusal(code: string | undefined): { status: number; reason: CommonError } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, reason: CommonError.HeadersTooLarge };
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return { status: 413, reason: CommonError.RequestTooLarge };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, reason: CommonError.InvalidRequest };
  return { status: 400, reason: CommonError.InvalidRequest };
}

/**
 * Requests Node refuses before any route sees them (a URL or headers over
 * 16 KB, a malformed request line) get the same JSON error with a code as
 * every other answer, instead of Node's empty one; the connection then closes.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const inResponse = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || inResponse) {
      socket.destroy();
      return;
    }
    const { status, reason } = refusal(error.code);
    const message = reason === CommonError.InvalidRequest ? 'This request is not well-formed HTTP.' : undefined;
    const body = JSON.stringify(errorAnswer(commonError(reason, { message }), status).body);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
