import type { JobResult, PgBoss } from 'pg-boss';
import type { Config, QueueSettings } from '../config/config.ts';
import { isAppError } from '../core/appError.ts';
import { QUEUES } from '../queue/queueNames.ts';
import { StaleItemError } from '../store/projections/items.ts';
import type { JobEvents } from '../telemetry/jobEvents.ts';
import { deleteFoundFiles } from './deleteFoundFiles.ts';
import { deleteFoundMessage } from './deleteFoundMessage.ts';
import type { ActionJobData, JobAttempt, JobDeps } from './jobDeps.ts';
import { notifyMessageAuthor } from './notifyMessageAuthor.ts';
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

/**
 * Registers the workers. Jobs are fetched in batches and woken by NOTIFY (see queue/startQueue.ts),
 * and each job in a batch is settled on its own (`perJobResults`), so one bad job fails alone:
 * an error that can never succeed (a non-retryable AppError) goes straight to the dead-letter
 * queue, anything else is retried with backoff.
 */
export async function startWorkers(deps: JobDeps, config: Readonly<Config>, events: JobEvents): Promise<void> {
  await work(deps, events, QUEUES.events, config.queues.events, scanSlackMessage, () => 'scan');
  await work(deps, events, QUEUES.actions, config.queues.actions, runAction, (d) => d.action);
}

async function work<T extends object>(
  deps: JobDeps,
  events: JobEvents,
  queue: string,
  settings: QueueSettings,
  handler: Handler<T>,
  nameOf: (data: T) => string,
): Promise<void> {
  const boss: PgBoss = deps.boss;
  await boss.work<T>(
    queue,
    {
      batchSize: settings.batchSize,
      localConcurrency: settings.concurrency,
      burstWhenBatchFull: true,
      perJobResults: true,
      // NOTIFY wakes a worker for new jobs at once; polling is what starts delayed jobs (retries,
      // Retry-After waits) once due, so it sets how late those may start.
      pollingIntervalSeconds: 1,
      notifyPollingIntervalSeconds: 2,
    },
    async (jobs) =>
      Promise.all(
        jobs.map(async (job): Promise<JobResult> => {
          const started = performance.now();
          const name = nameOf(job.data);
          const base = { queue, jobId: job.id, name, attempt: job.retryCount + 1 };
          let result: JobResult;
          let summary: string;
          try {
            summary = await handler(deps, job.data, {
              retryCount: job.retryCount,
              lastAttempt: job.retryCount >= settings.retryLimit,
              signal: job.signal,
            });
            result = { id: job.id, status: 'completed', output: { result: summary } };
          } catch (error) {
            const permanent = isAppError(error) && !error.retryable;
            const code = isAppError(error) ? error.code : error instanceof StaleItemError ? 'STALE_ITEM' : 'INTERNAL';
            summary = `error:${code}`;
            result = { id: job.id, status: permanent ? 'deadletter' : 'failed', output: { code, message: (error as Error).message } };
            deps.logger.warn({ ...base, code, err: error }, permanent ? 'job failed permanently' : 'job failed; will retry');
          }
          const durationMs = Math.round(performance.now() - started);
          deps.logger.debug({ ...base, durationMs, result: summary }, 'job stop');
          events.emit('job:stop', { ...base, durationMs, status: result.status, result: summary });
          return result;
        }),
      ),
  );
}
