import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../core/errorCatalogue.ts';
import type { Logger } from '../telemetry/logger.ts';
import type { Telemetry } from '../telemetry/telemetry.ts';

/** Receivers whose refusals are counted as rejected deliveries, by route template. */
const INGEST_ROUTES: Readonly<Record<string, string>> = { '/slack/events': 'slack' };

const errorCodes = new WeakMap<FastifyRequest, string>();

/**
 * Counts and times every HTTP answer (`http_requests_total`, `http_request_duration_seconds`), and
 * each refusal of an ingest route as `ingest.rejected` with its error code. Installed on the root
 * instance before any route, so every plugin's routes are covered. The code is read from the answer
 * itself, whose shape every error shares (`{error: {code, message}}`, docs/errors.md), so the error
 * handler stays the one place that decides it.
 *
 * A debug line `http.request` marks a request whose headers have arrived (its body may still be on
 * the way), which is what "a request in flight" means for a graceful shutdown.
 */
export function installHttpTelemetry(app: FastifyInstance, telemetry: Telemetry, logger: Logger): void {
  app.addHook('onRequest', async (req) => {
    logger.debug({ event: 'http.request', method: req.method, route: routeOf(req) }, 'http request');
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.statusCode >= 400 && typeof payload === 'string') {
      const code = readErrorCode(payload);
      if (code !== undefined) errorCodes.set(req, code);
    }
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = routeOf(req);
    const status = reply.statusCode;
    telemetry.answered({ route, method: req.method, status, seconds: reply.elapsedTime / 1000 });
    const source = INGEST_ROUTES[route];
    if (source !== undefined && status >= 400) telemetry.rejected({ source, code: errorCodes.get(req) ?? 'OTHER', status });
  });
}

/**
 * Answers what never became a request (Node's HTTP parser gave up: headers too large, bytes that
 * are not HTTP, a client too slow to send its headers) in the shape of every other error, with a
 * code, instead of Fastify's own `{error, message, statusCode}`. Fastify's `clientErrorHandler`.
 */
export function createClientErrorHandler(telemetry: Telemetry) {
  return function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
    // A reset connection has nobody to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code, message]: [number, ErrorCode, string] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'HEADERS_TOO_LARGE', 'The request headers exceed the size limit']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time']
          : [400, 'REQUEST_MALFORMED', 'The request is not valid HTTP'];
    telemetry.answered({ route: 'unparsed', method: 'OTHER', status, seconds: 0 });
    const body = JSON.stringify({ error: { code, message } });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}

/** The route template (`/slack/events`), never the URL: a URL may carry ids or tokens and has no bound. */
function routeOf(req: FastifyRequest): string {
  return req.routeOptions.url ?? 'unmatched';
}

function readErrorCode(payload: string): string | undefined {
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
