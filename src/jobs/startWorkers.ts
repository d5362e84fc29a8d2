import type { JobResult, JobWithMetadata } from 'pg-boss';
import type { Config, QueueSettings } from '../config/config.ts';
import { isAppError } from '../core/appError.ts';
import { readFailure } from '../queue/jobView.ts';
import { WORK_QUEUES, type WorkQueueName } from '../queue/queueNames.ts';
import { createQueueWorkers } from '../queue/queueWorkers.ts';
import { readQueueControls } from '../queue/queueControls.ts';
import { watchQueueControls } from '../queue/watchQueueControls.ts';
import { StaleItemError } from '../store/projections/items.ts';
import type { JobEvents } from '../telemetry/jobEvents.ts';
import { deleteFoundFiles } from './deleteFoundFiles.ts';
import { deleteFoundMessage } from './deleteFoundMessage.ts';
import { jobKind, parseJobData, type JobDataByQueue } from './jobData.ts';
import type { ActionJobData, JobAttempt, JobDeps } from './jobDeps.ts';
import { jobFailureOutput } from './jobFailure.ts';
import { notifyMessageAuthor } from './notifyMessageAuthor.ts';
import { runMaintenanceTask } from './runMaintenanceTask.ts';
import { scanSlackMessage } from './scanSlackMessage.ts';

type Handler<T> = (deps: JobDeps, data: T, attempt: JobAttempt) => Promise<string>;

const runAction: Handler<ActionJobData> = (deps, data) => {
  switch (data.action) {
    case 'delete_files':
      return deleteFoundFiles(deps, data);
    case 'delete':
      return deleteFoundMessage(deps, data);
    case 'notify':
      return notifyMessageAuthor(deps, data);
  }
};

/** What runs a fetched batch of one queue: shared by the workers and by drainQueue (testing mode). */
export interface JobRunner {
  settings(queue: WorkQueueName): QueueSettings;
  /** Runs each job and says how pg-boss should settle it; never throws for a job's own failure. */
  run(queue: WorkQueueName, jobs: readonly JobWithMetadata<object>[]): Promise<JobResult[]>;
}

export interface Workers {
  /** Re-reads the shared queue controls and applies them now (after a change made in this process). */
  refresh(): Promise<void>;
  /** Concurrency per queue in this process (0 = paused). */
  running(): Record<string, number>;
  /** Stops following the queue controls; stopping pg-boss then stops the workers themselves. */
  stop(): void;
}

export function createJobRunner(deps: JobDeps, config: Readonly<Config>, events: JobEvents): JobRunner {
  const handlers: { [Q in WorkQueueName]: Handler<JobDataByQueue[Q]> } = {
    events: scanSlackMessage,
    actions: runAction,
    maintenance: (d, data) => runMaintenanceTask(d, config, data),
  };

  async function runOne<Q extends WorkQueueName>(queue: Q, job: JobWithMetadata<object>): Promise<JobResult> {
    const started = performance.now();
    const attempt = job.retryCount + 1;
    const lastAttempt = job.retryCount >= job.retryLimit;
    const name = jobKind(queue, job.data);
    const base = { queue, jobId: job.id, name, attempt };
    const previous = readFailure(job.output);
    if (previous.history.length === 0 && (previous.last?.code === 'WORKER_LOST' || previous.last?.code === 'JOB_EXPIRED')) {
      // pg-boss's supervisor failed the previous attempt because its worker stopped answering
      // (heartbeat) or overran JOB_EXPIRE_SECONDS; this run is the rescue.
      deps.logger.info({ ...base, reason: previous.last.code }, 'job rescued after its worker was lost');
    }
    deps.logger.debug({ ...base, event: 'job.start' }, 'job start');
    events.emit('job:start', { ...base });
    let result: JobResult;
    let summary: string;
    try {
      const handler = handlers[queue] as Handler<JobDataByQueue[Q]>;
      summary = await handler(deps, parseJobData(queue, job.data), { retryCount: job.retryCount, lastAttempt, signal: job.signal });
      result = { id: job.id, status: 'completed', output: { result: summary } };
    } catch (error) {
      const permanent = isAppError(error) && !error.retryable;
      const code = isAppError(error) ? error.code : error instanceof StaleItemError ? 'STALE_ITEM' : 'INTERNAL';
      summary = `error:${code}`;
      const output = jobFailureOutput(job.output, { attempt, at: new Date().toISOString(), code, message: (error as Error).message });
      result = { id: job.id, status: permanent ? 'deadletter' : 'failed', output };
      const message = permanent ? 'job failed permanently' : lastAttempt ? 'job failed on its last attempt' : 'job failed; will retry';
      deps.logger.warn({ ...base, event: 'job.exception', code, err: error }, message);
      events.emit('job:exception', { ...base, durationMs: Math.round(performance.now() - started), code, next: permanent || lastAttempt ? 'dead_letter' : 'retry' });
    }
    const durationMs = Math.round(performance.now() - started);
    deps.logger.debug({ ...base, event: 'job.stop', durationMs, result: summary }, 'job stop');
    events.emit('job:stop', { ...base, durationMs, status: result.status, result: summary });
    return result;
  }

  return {
    settings: (queue) => config.queues[queue],
    run: (queue, jobs) => Promise.all(jobs.map((job) => runOne(queue, job))),
  };
}

/**
 * Registers the workers and keeps them in step with the queue controls every process shares
 * (pause, resume, scale: queue/queueWorkers.ts). Jobs are fetched in batches and woken by NOTIFY
 * (see queue/startQueue.ts), and each job in a batch is settled on its own, so one bad job fails
 * alone: an error that can never succeed (a non-retryable AppError, a payload that does not fit)
 * goes straight to the dead-letter queue, anything else is retried with backoff.
 */
export async function startWorkers(deps: JobDeps, config: Readonly<Config>, events: JobEvents, runner = createJobRunner(deps, config, events)): Promise<Workers> {
  const workers = createQueueWorkers(
    deps.boss,
    deps.logger,
    WORK_QUEUES.map((queue) => ({ queue, settings: config.queues[queue], handler: (jobs) => runner.run(queue, jobs) })),
  );
  // The controls are read before the first registration, so a queue paused before a restart never
  // fetches a batch on the way up.
  await workers.apply(await readQueueControls(deps.db));
  const watch = watchQueueControls(deps.db, config.supervision.controlPollSeconds * 1000, deps.logger, (controls) => workers.apply(controls));
  return {
    refresh: () => watch.refresh(),
    running: () => workers.running(),
    stop() {
      watch.stop();
      workers.close();
    },
  };
}
