import type { PgBoss } from 'pg-boss';
import { AppError } from '../core/appError.ts';
import type { Queryable } from '../store/db.ts';
import { getJob, jobIdsMatching, type JobFilter } from './findJobs.ts';
import type { JobState } from './jobStates.ts';
import { QUEUES } from './queueNames.ts';

/** The states `discard` acts on: a job not yet running, or a dead letter. */
export const DISCARDABLE_STATES: readonly JobState[] = ['dead', 'scheduled', 'available', 'retryable'];
const BATCH = 500;

export interface DiscardResult {
  discarded: number;
  /** Ids acted on (the first 100). */
  ids: string[];
}

/**
 * Gives up on one job: it is cancelled (pg-boss `cancel`) and kept, visible as `cancelled`, until
 * retention; `retry` can still bring it back. A failed job's waiting dead letter is the one
 * cancelled. A running job is refused (it settles on its own; discard it after), as is one that is
 * already final.
 */
export async function discardJob(boss: PgBoss, db: Queryable, id: string): Promise<DiscardResult> {
  const job = await getJob(db, id);
  if (job === null) throw new AppError('JOB_NOT_FOUND', `No job ${id} in the queues`);
  if (job.state === 'failed' && job.deadLetterId) {
    await boss.cancel(QUEUES.deadLetter, job.deadLetterId);
    return { discarded: 1, ids: [job.deadLetterId] };
  }
  if (!DISCARDABLE_STATES.includes(job.state)) {
    throw new AppError(
      'JOB_NOT_DISCARDABLE',
      job.state === 'executing' ? `Job ${id} is executing; discard it once it has settled` : `Job ${id} is already ${job.state}`,
    );
  }
  await boss.cancel(job.queue, job.id);
  return { discarded: 1, ids: [job.id] };
}

/** Discards every job a filter selects (default state: dead), in batches. */
export async function discardJobs(boss: PgBoss, db: Queryable, filter: JobFilter): Promise<DiscardResult> {
  const state = filter.state ?? 'dead';
  if (!DISCARDABLE_STATES.includes(state)) {
    throw new AppError('PARAMETERS_INVALID', `state: discard acts on ${DISCARDABLE_STATES.join(', ')} jobs, not ${state}`);
  }
  let discarded = 0;
  const ids: string[] = [];
  for (;;) {
    const batch = await jobIdsMatching(db, { ...filter, state }, BATCH);
    if (batch.length === 0) break;
    const byQueue = new Map<string, string[]>();
    for (const job of batch) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job.id]);
    for (const [queue, queueIds] of byQueue) await boss.cancel(queue, queueIds);
    discarded += batch.length;
    ids.push(...batch.map((j) => j.id).slice(0, Math.max(0, 100 - ids.length)));
    if (batch.length < BATCH) break;
  }
  return { discarded, ids };
}
