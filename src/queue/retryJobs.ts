import type { PgBoss } from 'pg-boss';
import { AppError } from '../core/appError.ts';
import type { Queryable } from '../store/db.ts';
import { getJob, jobIdsMatching, type JobFilter } from './findJobs.ts';
import type { JobState } from './jobStates.ts';
import { QUEUES } from './queueNames.ts';

/** The states `retry` acts on: a dead letter goes back to its queue, a failed or cancelled job runs again. */
export const RETRYABLE_STATES: readonly JobState[] = ['dead', 'failed', 'cancelled'];
const BATCH = 500;

export interface RetryResult {
  /** How many jobs were queued again. */
  retried: number;
  /** Ids acted on (the first 100). */
  ids: string[];
}

/**
 * Runs one job again:
 * - `dead` (waiting in dead_letter): redriven to the queue it came from as a new job with fresh
 *   attempts (pg-boss `redrive`); the dead letter is consumed;
 * - `failed`: its waiting dead letter is redriven if it has one, else the job itself is retried in
 *   place with one more attempt (pg-boss `retry`);
 * - `cancelled`: made available again (pg-boss `resume`); a cancelled dead letter is then redriven.
 * Anything else is already waiting, running or done: 409 JOB_NOT_RETRYABLE.
 */
export async function retryJob(boss: PgBoss, db: Queryable, id: string): Promise<RetryResult> {
  const job = await getJob(db, id);
  if (job === null) throw new AppError('JOB_NOT_FOUND', `No job ${id} in the queues`);
  switch (job.state) {
    case 'dead':
      return redriveOne(boss, job.id);
    case 'failed':
      if (job.deadLetterId) return redriveOne(boss, job.deadLetterId);
      await boss.retry(job.queue, job.id);
      // A dead letter that could not be redriven is failed in place; retried, it waits again.
      if (job.queue === QUEUES.deadLetter) return redriveOne(boss, job.id);
      return { retried: 1, ids: [job.id] };
    case 'cancelled':
      await boss.resume(job.queue, job.id);
      if (job.queue === QUEUES.deadLetter) return redriveOne(boss, job.id);
      return { retried: 1, ids: [job.id] };
    default:
      throw new AppError('JOB_NOT_RETRYABLE', `Job ${id} is ${job.state}; only dead, failed or cancelled jobs can be retried`);
  }
}

/** Retries every job a filter selects (default state: dead), in batches, oldest first. */
export async function retryJobs(boss: PgBoss, db: Queryable, filter: JobFilter): Promise<RetryResult> {
  const state = filter.state ?? 'dead';
  if (!RETRYABLE_STATES.includes(state)) {
    throw new AppError('PARAMETERS_INVALID', `state: retry acts on ${RETRYABLE_STATES.join(', ')} jobs, not ${state}`);
  }
  let retried = 0;
  const ids: string[] = [];
  for (;;) {
    const batch = await jobIdsMatching(db, { ...filter, state }, BATCH);
    if (batch.length === 0) break;
    let progress = 0;
    if (state === 'dead') {
      progress = await redrive(boss, batch.map((j) => j.id));
    } else {
      // Failed and cancelled jobs go one by one: each may have its own dead letter to prefer.
      for (const job of batch) {
        try {
          progress += (await retryJob(boss, db, job.id)).retried;
        } catch (error) {
          // One that cannot move (JOB_NOT_RETRYABLE) stays as it is; the rest go on.
          if (!(error instanceof AppError) || error.code !== 'JOB_NOT_RETRYABLE') throw error;
        }
      }
    }
    retried += progress;
    ids.push(...batch.map((j) => j.id).slice(0, Math.max(0, 100 - ids.length)));
    // A dead letter pg-boss could not re-create (its queue is gone, a singleton clash) is failed in
    // place and so leaves the selection; no progress at all means nothing more can move.
    if (progress === 0 || batch.length < BATCH) break;
  }
  return { retried, ids };
}

async function redriveOne(boss: PgBoss, id: string): Promise<RetryResult> {
  if ((await redrive(boss, [id])) === 1) return { retried: 1, ids: [id] };
  throw new AppError('JOB_NOT_RETRYABLE', `Dead letter ${id} could not be queued again (its queue is gone, or a unique job clashes); \`jobs show ${id}\` says why`);
}

async function redrive(boss: PgBoss, ids: string[]): Promise<number> {
  return boss.redrive(QUEUES.deadLetter, { ids, limit: ids.length });
}
