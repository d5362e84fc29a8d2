import { AppError } from '../core/appError.ts';
import type { ErrorCode } from '../core/errorCatalogue.ts';
import { errorCatalogue } from '../core/errorCatalogue.ts';
import type { JobFilter } from '../queue/findJobs.ts';
import type { JobOperations } from '../queue/jobOperations.ts';

/**
 * JobOperations through a running service's admin API (`--url`): the way to reach the embedded
 * store, which only the service's own process may open, and a store behind a firewall. The token
 * goes in the Authorization header only; an error answer becomes the same AppError the local
 * operations would have thrown.
 */
export function httpJobOperations(baseUrl: string, token: string): JobOperations {
  const origin = baseUrl.replace(/\/+$/, '');

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let answer: Response;
    try {
      answer = await fetch(`${origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new AppError('ADMIN_API_UNREACHABLE', `${origin} did not answer: ${(error as Error).message}`);
    }
    const text = await answer.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('ADMIN_API_UNREACHABLE', `${origin} answered ${answer.status} with something other than JSON`);
    }
    if (!answer.ok) {
      const error = (json as { error?: { code?: string; message?: string } }).error;
      const code = error?.code !== undefined && error.code in errorCatalogue ? (error.code as ErrorCode) : 'INTERNAL';
      throw new AppError(code, error?.message ?? `HTTP ${answer.status}`);
    }
    return json as T;
  }

  const query = (filter: JobFilter, limit?: number) => {
    const q = new URLSearchParams();
    if (filter.queue !== undefined) q.set('queue', filter.queue);
    if (filter.state !== undefined) q.set('state', filter.state);
    if (filter.since !== undefined) q.set('since', filter.since.toISOString());
    if (limit !== undefined) q.set('limit', String(limit));
    const s = q.toString();
    return s === '' ? '' : `?${s}`;
  };
  const body = (filter: JobFilter, all: boolean) => ({
    ...(filter.queue === undefined ? {} : { queue: filter.queue }),
    ...(filter.state === undefined ? {} : { state: filter.state }),
    ...(filter.since === undefined ? {} : { since: filter.since.toISOString() }),
    ...(all ? { all: true } : {}),
  });
  const isEmpty = (filter: JobFilter) => filter.queue === undefined && filter.state === undefined && filter.since === undefined;
  const id = (value: string) => encodeURIComponent(value);

  return {
    listJobs: async (filter, limit) => (await call<{ jobs: never[] }>('GET', `/api/v1/jobs${query(filter, limit)}`)).jobs,
    getJob: (jobId) => call('GET', `/api/v1/jobs/${id(jobId)}`),
    retryJob: (jobId) => call('POST', `/api/v1/jobs/${id(jobId)}/retry`),
    retryJobs: (filter) => call('POST', '/api/v1/jobs/retry', body(filter, isEmpty(filter))),
    discardJob: (jobId) => call('POST', `/api/v1/jobs/${id(jobId)}/discard`),
    discardJobs: (filter) => call('POST', '/api/v1/jobs/discard', body(filter, isEmpty(filter))),
    listQueues: async () => (await call<{ queues: never[] }>('GET', '/api/v1/queues')).queues,
    pauseQueue: (name) => call('POST', `/api/v1/queues/${id(name)}/pause`),
    resumeQueue: (name) => call('POST', `/api/v1/queues/${id(name)}/resume`),
    scaleQueue: (name, concurrency) => call('POST', `/api/v1/queues/${id(name)}/scale`, { concurrency }),
  };
}
