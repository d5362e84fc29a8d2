import type { PgBoss } from 'pg-boss';
import type { Config } from '../config/config.ts';
import { AppError } from '../core/appError.ts';
import type { Queryable } from '../store/db.ts';
import type { Logger } from '../telemetry/logger.ts';
import { discardJob, discardJobs, type DiscardResult } from './discardJobs.ts';
import { getJob, listJobs, type JobFilter } from './findJobs.ts';
import type { JobView } from './jobView.ts';
import { writeQueueControl, type QueueControlChange } from './queueControls.ts';
import { isWorkQueue, WORK_QUEUES } from './queueNames.ts';
import { queueStatuses, type QueueStatus } from './queueStatus.ts';
import { retryJob, retryJobs, type RetryResult } from './retryJobs.ts';

/**
 * What an operator can do to jobs and queues. The admin API serves it, and the CLI uses it either
 * on the store directly or through the admin API (cli/adminTarget.ts): one set of rules, two doors.
 */
export interface JobOperations {
  listJobs(filter: JobFilter, limit?: number): Promise<JobView[]>;
  /** Throws JOB_NOT_FOUND. */
  getJob(id: string): Promise<JobView>;
  retryJob(id: string): Promise<RetryResult>;
  retryJobs(filter: JobFilter): Promise<RetryResult>;
  discardJob(id: string): Promise<DiscardResult>;
  discardJobs(filter: JobFilter): Promise<DiscardResult>;
  listQueues(): Promise<QueueStatus[]>;
  pauseQueue(name: string): Promise<QueueStatus>;
  resumeQueue(name: string): Promise<QueueStatus>;
  /** `null` goes back to the configured concurrency. */
  scaleQueue(name: string, concurrency: number | null): Promise<QueueStatus>;
}

export interface LocalJobOperationsOptions {
  db: Queryable;
  boss: PgBoss;
  config: Readonly<Config>;
  logger: Logger;
  /** Recorded with each queue change and logged with each operation: `api` or `cli`. */
  actor: string;
  /** Called after a queue control is written, so this process applies it at once instead of at its next poll. */
  onControlChange?: () => Promise<void>;
}

/** The operations on the store itself. Every change is logged (what, which jobs, by whom), never job data. */
export function localJobOperations(options: LocalJobOperationsOptions): JobOperations {
  const { db, boss, config, logger, actor } = options;

  async function control(name: string, change: QueueControlChange, verb: string): Promise<QueueStatus> {
    if (!isWorkQueue(name)) throw new AppError('QUEUE_NOT_FOUND', `No queue ${name} to ${verb}; the queues are ${WORK_QUEUES.join(', ')}`);
    const written = await writeQueueControl(db, name, change, actor);
    logger.info({ queue: name, paused: written.paused, concurrency: written.concurrency ?? config.queues[name].concurrency, by: actor }, `queue ${verb}d by operator`);
    await options.onControlChange?.();
    const status = (await queueStatuses(db, boss, config)).find((q) => q.name === name);
    return status!;
  }

  return {
    listJobs: (filter, limit) => listJobs(db, filter, limit),
    async getJob(id) {
      const job = await getJob(db, id);
      if (job === null) throw new AppError('JOB_NOT_FOUND', `No job ${id} in the queues`);
      return job;
    },
    async retryJob(id) {
      const result = await retryJob(boss, db, id);
      logger.info({ jobIds: result.ids, retried: result.retried, by: actor }, 'job retried by operator');
      return result;
    },
    async retryJobs(filter) {
      const result = await retryJobs(boss, db, filter);
      logger.info({ filter: describe(filter), retried: result.retried, by: actor }, 'jobs retried by operator');
      return result;
    },
    async discardJob(id) {
      const result = await discardJob(boss, db, id);
      logger.info({ jobIds: result.ids, by: actor }, 'job discarded by operator');
      return result;
    },
    async discardJobs(filter) {
      const result = await discardJobs(boss, db, filter);
      logger.info({ filter: describe(filter), discarded: result.discarded, by: actor }, 'jobs discarded by operator');
      return result;
    },
    listQueues: () => queueStatuses(db, boss, config),
    pauseQueue: (name) => control(name, { paused: true }, 'pause'),
    resumeQueue: (name) => control(name, { paused: false }, 'resume'),
    scaleQueue(name, concurrency) {
      if (concurrency !== null && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)) {
        throw new AppError('PARAMETERS_INVALID', 'concurrency: must be a whole number from 1 to 256');
      }
      return control(name, { concurrency }, 'scale');
    },
  };
}

function describe(filter: JobFilter): Record<string, string> {
  return {
    ...(filter.queue === undefined ? {} : { queue: filter.queue }),
    ...(filter.state === undefined ? {} : { state: filter.state }),
    ...(filter.since === undefined ? {} : { since: filter.since.toISOString() }),
  };
}
