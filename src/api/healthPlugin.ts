import type { FastifyInstance } from 'fastify';
import type { Db } from '../store/db.ts';
import type { QueueStatus } from '../queue/queueStatus.ts';

export interface HealthOptions {
  db: Db;
  /** Every queue's counts and shared controls (queue/queueStatus.ts). */
  queues: () => Promise<QueueStatus[]>;
  /** This process's worker concurrency per queue (0 = paused here), or undefined for a process without workers. */
  running?: () => Record<string, number>;
  slack: () => { configured: boolean; botUserId: string | undefined; problem: string | undefined };
}

/**
 * `GET /health`: 200 when the store answers, 503 when it does not, with the queue depths, each
 * queue's pause/concurrency (shared by every process) and whether Slack is configured (a service
 * without Slack credentials is healthy, just idle). A paused queue is not unhealthy: it is a choice.
 */
export async function healthPlugin(app: FastifyInstance, options: HealthOptions): Promise<void> {
  app.get('/health', async (_req, reply) => {
    const store = await check(() => options.db.ping());
    let queues: Record<string, { queued: number; active: number; failed: number; deferred: number; paused: boolean; concurrency: number; running?: number }> | undefined;
    const queue = await check(async () => {
      const running = options.running?.();
      queues = Object.fromEntries(
        (await options.queues()).map((q) => [
          q.name,
          {
            queued: q.counts.queued,
            active: q.counts.active,
            failed: q.counts.failed,
            deferred: q.counts.deferred,
            paused: q.paused,
            concurrency: q.concurrency,
            ...(running === undefined || running[q.name] === undefined ? {} : { running: running[q.name] }),
          },
        ]),
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
