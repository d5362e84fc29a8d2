import type { JobResult, JobWithMetadata, PgBoss } from 'pg-boss';
import type { QueueSettings } from '../config/config.ts';
import type { Logger } from '../telemetry/logger.ts';
import type { QueueControl } from './queueControls.ts';
import type { WorkQueueName } from './queueNames.ts';

export type BatchHandler = (jobs: JobWithMetadata<object>[]) => Promise<JobResult[]>;

export interface WorkerSpec {
  queue: WorkQueueName;
  settings: QueueSettings;
  handler: BatchHandler;
}

export interface QueueWorkers {
  /**
   * Makes this process's workers match the shared controls: a paused queue stops fetching (jobs
   * already running finish), a resumed one starts again, a scaled one is re-registered with the new
   * concurrency. Calls are serialised; a queue whose control did not change is left alone.
   */
  apply(controls: ReadonlyMap<string, QueueControl>): Promise<void>;
  /** Concurrency each queue runs with in this process right now (0 = paused). */
  running(): Record<string, number>;
  /** No further apply takes effect; the caller stops pg-boss (which stops the workers). */
  close(): void;
}

/**
 * Registers pg-boss workers for our queues and re-registers them as operators pause, resume and
 * scale (pg-boss has no pause: `offWork` stops a queue's workers, `work` starts them again).
 * Fetching is batched and NOTIFY-woken (docs/architecture.md), each job in a batch settled on its
 * own (`perJobResults`), with its metadata (`includeMetadata`: the previous attempt's output, for
 * the error history, and the job's own retry limit).
 */
export function createQueueWorkers(boss: PgBoss, logger: Logger, specs: readonly WorkerSpec[]): QueueWorkers {
  const current = new Map<string, { concurrency: number; workId: string | undefined; started: boolean }>(
    specs.map((s) => [s.queue, { concurrency: 0, workId: undefined, started: false }]),
  );
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  async function start(spec: WorkerSpec, concurrency: number): Promise<string> {
    return boss.work(
      spec.queue,
      {
        batchSize: spec.settings.batchSize,
        localConcurrency: concurrency,
        burstWhenBatchFull: true,
        perJobResults: true,
        includeMetadata: true,
        // NOTIFY wakes a worker for new jobs at once; polling is what starts delayed jobs (retries,
        // Retry-After waits, scheduled jobs) once due, so it sets how late those may start.
        pollingIntervalSeconds: 1,
        notifyPollingIntervalSeconds: 2,
      },
      spec.handler,
    );
  }

  async function applyNow(controls: ReadonlyMap<string, QueueControl>): Promise<void> {
    for (const spec of specs) {
      if (closed) return;
      const control = controls.get(spec.queue);
      const wanted = control?.paused === true ? 0 : (control?.concurrency ?? spec.settings.concurrency);
      const now = current.get(spec.queue)!;
      if (wanted === now.concurrency) continue;
      // Running batches finish on their own (wait: false): a pause stops the fetching, not the work
      // in hand, and a rescale briefly runs the old batches beside the new workers.
      if (now.workId !== undefined) await boss.offWork(spec.queue, { id: now.workId, wait: false });
      const workId = wanted > 0 ? await start(spec, wanted) : undefined;
      current.set(spec.queue, { concurrency: wanted, workId, started: now.started || wanted > 0 });
      const change = wanted === 0 ? 'paused' : now.concurrency > 0 ? 'scaled' : now.started ? 'resumed' : 'started';
      logger.info({ queue: spec.queue, concurrency: wanted, previous: now.concurrency }, `queue workers ${change}`);
    }
  }

  return {
    apply(controls) {
      const run = chain.then(() => applyNow(controls));
      // One failed apply (the store away) must not block every later one.
      chain = run.catch(() => {});
      return run;
    },
    running: () => Object.fromEntries([...current].map(([queue, { concurrency }]) => [queue, concurrency])),
    close() {
      closed = true;
    },
  };
}
