import type { Queryable } from '../store/db.ts';
import { JOB_QUEUES } from './queueNames.ts';

/** Rows per statement, so a large backlog is deleted in short transactions. */
const BATCH = 5000;

export interface PruneResult {
  /** Deleted rows per queue and pg-boss state. */
  deleted: Record<string, Record<string, number>>;
  total: number;
}

/**
 * The Pruner: deletes the jobs of our queues whose retention has passed, by pg-boss's own rule
 * (plans.deletion in pg-boss 12.35): finished jobs `deleteAfterSeconds` after they finished
 * (COMPLETED_JOB_RETENTION_SECONDS; FAILED_JOB_RETENTION_SECONDS for dead letters), and jobs that
 * never started `retentionSeconds` after they were created. pg-boss runs the same deletion once a
 * day without a word; running it here, on a schedule, says what went.
 */
export async function pruneJobs(db: Queryable): Promise<PruneResult> {
  const deleted: Record<string, Record<string, number>> = {};
  let total = 0;
  for (;;) {
    const { rows } = await db.query<{ name: string; state: string; n: number }>(
      `WITH doomed AS (
         SELECT name, id FROM pgboss.job
         WHERE name = ANY($1)
           AND ((deletion_seconds > 0 AND completed_on + deletion_seconds * interval '1s' < pgboss.job_now())
             OR (state < 'active' AND keep_until < pgboss.job_now()))
         LIMIT $2
       ), gone AS (
         DELETE FROM pgboss.job j USING doomed d
         WHERE j.name = d.name AND j.id = d.id
         RETURNING j.name, j.state
       )
       SELECT name, state::text AS state, count(*)::int AS n FROM gone GROUP BY name, state`,
      [JOB_QUEUES, BATCH],
    );
    let batch = 0;
    for (const r of rows) {
      const queue = (deleted[r.name] ??= {});
      queue[r.state] = (queue[r.state] ?? 0) + r.n;
      batch += r.n;
    }
    total += batch;
    if (batch < BATCH) break;
  }
  return { deleted, total };
}
