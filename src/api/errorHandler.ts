import type { FastifyError, FastifyInstance } from 'fastify';
import { isAppError } from '../core/appError.ts';
import type { ErrorCode } from '../core/errorCatalogue.ts';

/** Fastify's own codes that are the client's fault, in our vocabulary. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BODY_MALFORMED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BODY_MALFORMED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BODY_MALFORMED',
};

/** Every error answer has one shape: `{ error: { code, message } }`, code from docs/errors.md. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (isAppError(error)) {
      if (error.status >= 500) req.log.error({ err: error.cause ?? error, code: error.code }, error.message);
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    const mapped = error.code === undefined ? undefined : FASTIFY_CODES[error.code];
    if (mapped !== undefined || (error.statusCode !== undefined && error.statusCode < 500)) {
      return reply.status(error.statusCode ?? 400).send({ error: { code: mapped ?? 'BODY_MALFORMED', message: error.message } });
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Internal error' } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.url}` } }),
  );
}
