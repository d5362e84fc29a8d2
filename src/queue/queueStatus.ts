import type { PgBoss } from 'pg-boss';
import type { Config } from '../config/config.ts';
import type { Queryable } from '../store/db.ts';
import { readQueueControls } from './queueControls.ts';
import { QUEUES, WORK_QUEUES } from './queueNames.ts';

/** One queue as /health, `queues list` and GET /api/v1/queues show it. */
export interface QueueStatus {
  name: string;
  /** Set at run time for every process on the store (queue_controls); false for the dead-letter queue. */
  paused: boolean;
  /** Batches each worker process runs at once: the run-time value if one was set, else the configured one. 0 for the dead-letter queue, which nothing works. */
  concurrency: number;
  configuredConcurrency: number;
  /** Who last paused, resumed or scaled it, and when; null if nobody has. */
  control: { updatedBy: string; updatedAt: string } | null;
  /** pg-boss's cached counts (refreshed by its supervisor every QUEUE_SUPERVISE_SECONDS). */
  counts: { queued: number; ready: number; deferred: number; active: number; failed: number };
}

export async function queueStatuses(db: Queryable, boss: PgBoss, config: Readonly<Config>): Promise<QueueStatus[]> {
  const names = [...WORK_QUEUES, QUEUES.deadLetter];
  const [controls, queues] = await Promise.all([readQueueControls(db), boss.getQueues(names)]);
  const counted = new Map(queues.map((q) => [q.name, q]));
  return names.map((name) => {
    const control = controls.get(name);
    const configured = name === QUEUES.deadLetter ? 0 : config.queues[name].concurrency;
    const q = counted.get(name);
    return {
      name,
      paused: control?.paused ?? false,
      concurrency: control?.concurrency ?? configured,
      configuredConcurrency: configured,
      control: control === undefined ? null : { updatedBy: control.updatedBy, updatedAt: control.updatedAt.toISOString() },
      counts: {
        queued: q?.queuedCount ?? 0,
        ready: q?.readyCount ?? 0,
        deferred: q?.deferredCount ?? 0,
        active: q?.activeCount ?? 0,
        failed: q?.failedCount ?? 0,
      },
    };
  });
}
