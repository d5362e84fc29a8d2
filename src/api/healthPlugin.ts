import type { FastifyInstance } from 'fastify';
import type { PgBoss } from 'pg-boss';
import type { Db } from '../store/db.ts';
import { QUEUES } from '../queue/queueNames.ts';

export interface HealthOptions {
  db: Db;
  boss: PgBoss;
  slack: () => { configured: boolean; botUserId: string | undefined; problem: string | undefined };
}

/**
 * `GET /health`: 200 when the store answers, 503 when it does not, with the queue depths and
 * whether Slack is configured (a service without Slack credentials is healthy, just idle).
 */
export async function healthPlugin(app: FastifyInstance, options: HealthOptions): Promise<void> {
  app.get('/health', async (_req, reply) => {
    const store = await check(() => options.db.ping());
    let queues: Record<string, { queued: number; active: number; failed: number; deferred: number }> | undefined;
    const queue = await check(async () => {
      const list = await options.boss.getQueues([QUEUES.events, QUEUES.actions, QUEUES.deadLetter]);
      queues = Object.fromEntries(
        list.map((q) => [q.name, { queued: q.queuedCount, active: q.activeCount, failed: q.failedCount, deferred: q.deferredCount }]),
      );
    });
    const ok = store.ok && queue.ok;
    return reply.status(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'unavailable',
      store: { kind: options.db.kind, ...store },
      queue: { ...queue, queues },
      slack: options.slack(),
    });
  });
}

async function check(fn: () => Promise<void>): Promise<{ ok: boolean; error?: string }> {
  try {
    await fn();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
