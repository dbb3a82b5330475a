// Errors Fastify raises before any route runs, in Oz's error shape too: a malformed URL (`/%E0%A4%A`), a
// parameter past the router's limit (both through `frameworkErrors` → error-handler.ts), and what Node's HTTP
// parser refuses before Fastify sees a request — headers too large (431), a timeout (408), a malformed request
// (400) — written straight to the socket, which is then closed.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody } from './error-handler.js';

interface ClientError extends Error {
  code?: string;
}

const PARSER_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    message: 'The request headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'The request took too long.' },
};

const MALFORMED = { status: 400, code: 'malformed_request', message: 'The HTTP request is malformed.' };

export function handleClientError(error: ClientError, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code, message } = PARSER_ERRORS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
