import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../store/db.ts';
import type { QueueSample, Telemetry } from '../telemetry/telemetry.ts';

export interface MetricsOptions {
  telemetry: Telemetry;
  db: Queryable & { ping(): Promise<void> };
}

/**
 * `GET /metrics`: the Prometheus text format of every metric in docs/telemetry.md. The counters and
 * histograms are kept as things happen; the queue depths, the age of the oldest due job and whether
 * the store answers are read here, at scrape, so they are never older than the scrape itself. No
 * authentication, like /health: expose it only to the network your Prometheus scrapes from.
 */
export async function metricsPlugin(app: FastifyInstance, options: MetricsOptions): Promise<void> {
  const { telemetry, db } = options;
  app.get('/metrics', async (_req, reply) => {
    try {
      await db.ping();
      telemetry.storeHealth(true);
    } catch (error) {
      telemetry.storeHealth(false, (error as Error).message);
    }
    try {
      telemetry.queueSample(await sampleQueues(db));
    } catch (error) {
      telemetry.queueSample(undefined, (error as Error).message);
    }
    const registry = telemetry.metrics.registry;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

/**
 * Jobs not yet finished, by queue and state, straight from pg-boss's table: `queued` (due now),
 * `deferred` (scheduled for later: a Retry-After wait, a scheduled job), `retry` (failed, waiting
 * for its next attempt), `active`. The dead-letter queue's jobs are its `queued` ones.
 */
async function sampleQueues(db: Queryable): Promise<QueueSample> {
  const counts = await db.query<{ queue: string; state: string; count: number }>(
    `SELECT name AS queue,
            CASE WHEN state = 'active' THEN 'active'
                 WHEN state = 'retry' THEN 'retry'
                 WHEN start_after > now() THEN 'deferred'
                 ELSE 'queued' END AS state,
            count(*)::int AS count
       FROM pgboss.job
      WHERE state < 'completed'
      GROUP BY 1, 2`,
  );
  const oldest = await db.query<{ queue: string; seconds: number }>(
    `SELECT name AS queue, EXTRACT(EPOCH FROM now() - min(start_after))::float8 AS seconds
       FROM pgboss.job
      WHERE state IN ('created', 'retry') AND start_after <= now()
      GROUP BY 1`,
  );
  return {
    jobs: counts.rows.map((r) => ({ queue: r.queue, state: r.state, count: Number(r.count) })),
    oldestDueSeconds: oldest.rows.map((r) => ({ queue: r.queue, seconds: Math.max(0, Number(r.seconds)) })),
  };
}
