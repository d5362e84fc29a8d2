import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { JobOperations } from '../queue/jobOperations.ts';
import { parseParams } from './adminParams.ts';

export interface QueuesPluginOptions {
  operations: JobOperations;
}

const nameParams = z.object({ name: z.string().min(1).max(100) });
const scaleBody = z.object({ concurrency: z.union([z.number().int().min(1).max(256), z.null()]) }).strict();

/**
 * Queue controls over REST (admin only): `GET /api/v1/queues`, `POST /api/v1/queues/:name/pause`,
 * `…/resume`, `…/scale` `{ "concurrency": n }` (`null`: back to the configured value). A change is
 * stored for every process on the store and applied by each within QUEUE_CONTROL_POLL_SECONDS (by
 * this one at once); the answer is the queue's status after it.
 */
export async function queuesPlugin(app: FastifyInstance, options: QueuesPluginOptions): Promise<void> {
  const ops = options.operations;
  app.get('/api/v1/queues', async () => ({ queues: await ops.listQueues() }));
  app.post('/api/v1/queues/:name/pause', async (req) => ops.pauseQueue(parseParams(nameParams, req.params).name));
  app.post('/api/v1/queues/:name/resume', async (req) => ops.resumeQueue(parseParams(nameParams, req.params).name));
  app.post('/api/v1/queues/:name/scale', async (req) => {
    const { name } = parseParams(nameParams, req.params);
    return ops.scaleQueue(name, parseParams(scaleBody, req.body).concurrency);
  });
}
