import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../core/appError.ts';
import type { JobOperations } from '../queue/jobOperations.ts';
import { MAX_LIST } from '../queue/findJobs.ts';
import { jobFilterFields, parseParams, toJobFilter } from './adminParams.ts';

export interface JobsPluginOptions {
  operations: JobOperations;
  now?: () => Date;
}

const listQuery = z.object({ ...jobFilterFields, limit: z.coerce.number().int().min(1).max(MAX_LIST).optional() });
const idParams = z.object({ id: z.string().min(1).max(100) });
const bulkBody = z.object({ ...jobFilterFields, all: z.boolean().optional() }).strict();

/**
 * The dead-letter operations over REST (admin only: registered behind adminAuth by adminPlugin):
 * - `GET  /api/v1/jobs?queue=&state=&since=&limit=` → `{ jobs }`, newest first
 * - `GET  /api/v1/jobs/:id` → the job, its error and attempt history
 * - `POST /api/v1/jobs/:id/retry`, `POST /api/v1/jobs/retry` `{queue?, state?, since?}` or `{all: true}`
 * - `POST /api/v1/jobs/:id/discard`, `POST /api/v1/jobs/discard` (same body)
 * A bulk call needs a filter or `all: true`, so an empty body never acts on everything by accident.
 */
export async function jobsPlugin(app: FastifyInstance, options: JobsPluginOptions): Promise<void> {
  const ops = options.operations;
  const now = options.now ?? (() => new Date());

  app.get('/api/v1/jobs', async (req) => {
    const q = parseParams(listQuery, req.query);
    return { jobs: await ops.listJobs(toJobFilter(q, now()), q.limit) };
  });
  app.get('/api/v1/jobs/:id', async (req) => ops.getJob(parseParams(idParams, req.params).id));
  app.post('/api/v1/jobs/:id/retry', async (req) => ops.retryJob(parseParams(idParams, req.params).id));
  app.post('/api/v1/jobs/:id/discard', async (req) => ops.discardJob(parseParams(idParams, req.params).id));
  app.post('/api/v1/jobs/retry', async (req) => ops.retryJobs(bulkFilter(req.body)));
  app.post('/api/v1/jobs/discard', async (req) => ops.discardJobs(bulkFilter(req.body)));

  function bulkFilter(body: unknown) {
    const b = parseParams(bulkBody, body);
    const filter = toJobFilter(b, now());
    if (b.all !== true && Object.keys(filter).length === 0) {
      throw new AppError('PARAMETERS_INVALID', 'body: name the jobs (queue, state, since) or send {"all": true}');
    }
    return filter;
  }
}
