import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/appError.ts';

/**
 * The one place that decides who may use the admin API (/api/v1/jobs, /api/v1/queues). For now a
 * single bearer token, ADMIN_API_TOKEN; a later issue puts JWT roles here, and the routes stay as
 * they are. Unset → 503 ADMIN_API_DISABLED (the API is off, not open); no token → 401
 * ADMIN_TOKEN_MISSING; any other token → 401 ADMIN_TOKEN_INVALID. The comparison runs over SHA-256
 * digests with timingSafeEqual, so neither the token's bytes nor its length leak through timing.
 * The token is never logged (the logger also redacts the Authorization header).
 */
export function adminAuth(token: string | undefined): (req: FastifyRequest) => Promise<void> {
  const expected = token === undefined ? undefined : digest(token);
  return async (req) => {
    if (expected === undefined) throw new AppError('ADMIN_API_DISABLED');
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
    if (match === null) throw new AppError('ADMIN_TOKEN_MISSING');
    if (!timingSafeEqual(digest(match[1]!), expected)) throw new AppError('ADMIN_TOKEN_INVALID');
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
