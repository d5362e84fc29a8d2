import type { JobWithMetadata, PgBoss } from 'pg-boss';
import type { Queryable } from '../store/db.ts';
import type { WorkQueueName } from '../queue/queueNames.ts';
import { jobKind } from './jobData.ts';
import type { JobRunner } from './startWorkers.ts';

/** What drainQueue needs of a service: `createService(config, { workers: false })` gives it. */
export interface DrainTarget {
  boss: PgBoss;
  db: Queryable;
  runner: JobRunner;
}

export interface DrainOptions {
  /**
   * Also run jobs whose time has not come (scheduled, waiting out a retry backoff or a Retry-After),
   * as Oban's `with_scheduled: true`. Off by default: a drained queue is what is runnable now.
   */
  withScheduled?: boolean;
  /** Stop with an error after this many jobs, so a job that keeps re-queueing itself cannot hang a test. Default 10,000. */
  maxJobs?: number;
}

export interface DrainedJob {
  queue: WorkQueueName;
  jobId: string;
  /** `scan`, the action or the maintenance task. */
  kind: string;
  attempt: number;
  status: 'completed' | 'failed' | 'deadletter';
  /** The handler's summary (`notified`, `clean`, …) or the failure's code. */
  result: string;
}

/**
 * Testing mode, as `Oban.Testing.drain_queue/2`: fetches and runs the queue's jobs in the caller,
 * batch after batch, until none is available, and returns what ran, in order. The jobs run through
 * the same runner as the workers (same handlers, the same error classes, the same JobEvents) and
 * are settled in pg-boss the same way, so retries and dead letters land where they would. Use it on
 * a service started with `workers: false` (Oban's manual mode), so no worker competes for the jobs;
 * a test then asserts on the result instead of waiting for events.
 *
 * The one difference from a worker: pg-boss settles a job to its dead-letter queue at once only from
 * inside its worker loop, so here such a job's retry limit is first lowered to its retry count,
 * which makes the ordinary fail() final.
 */
export async function drainQueue(target: DrainTarget, queue: WorkQueueName, options: DrainOptions = {}): Promise<DrainedJob[]> {
  const maxJobs = options.maxJobs ?? 10_000;
  const ran: DrainedJob[] = [];
  for (;;) {
    const jobs = await target.boss.fetch<object>(queue, {
      batchSize: target.runner.settings(queue).batchSize,
      includeMetadata: true,
      ignoreStartAfter: options.withScheduled === true,
    });
    if (jobs.length === 0) return ran;
    const results = await target.runner.run(queue, jobs);
    for (const [i, job] of jobs.entries()) {
      const result = results[i]!;
      await settle(target, queue, job, result.status, result.output);
      const output = result.output as { result?: string; code?: string } | undefined;
      ran.push({ queue, jobId: job.id, kind: jobKind(queue, job.data), attempt: job.retryCount + 1, status: result.status, result: output?.result ?? output?.code ?? '' });
    }
    if (ran.length > maxJobs) throw new Error(`drainQueue(${queue}): more than ${maxJobs} jobs ran; a job keeps queueing itself?`);
  }
}

/**
 * Drains several queues until a whole pass runs nothing, so work a job queues on another queue runs
 * too (events → actions → …), as Oban's `with_recursion: true`. Returns everything that ran, in order.
 */
export async function drainQueues(target: DrainTarget, queues: readonly WorkQueueName[], options: DrainOptions = {}): Promise<DrainedJob[]> {
  const ran: DrainedJob[] = [];
  for (;;) {
    let pass = 0;
    for (const queue of queues) {
      const drained = await drainQueue(target, queue, options);
      ran.push(...drained);
      pass += drained.length;
    }
    if (pass === 0) return ran;
    if (ran.length > (options.maxJobs ?? 10_000)) throw new Error(`drainQueues: more than ${options.maxJobs ?? 10_000} jobs ran`);
  }
}

async function settle(target: DrainTarget, queue: string, job: JobWithMetadata<object>, status: 'completed' | 'failed' | 'deadletter', output: unknown): Promise<void> {
  const attempt = { id: job.id, retryCount: job.retryCount };
  if (status === 'completed') {
    await target.boss.complete(queue, attempt, output as object);
    return;
  }
  if (status === 'deadletter') {
    await target.db.query(`UPDATE pgboss.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [queue, job.id]);
  }
  await target.boss.fail(queue, attempt, output as object);
}
