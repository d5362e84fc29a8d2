import type { Queryable } from '../store/db.ts';
import type { Logger } from '../telemetry/logger.ts';
import { readQueueControls, type QueueControl } from './queueControls.ts';

export interface ControlWatch {
  /** Reads the controls now and applies them; resolves once applied. */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Polls `queue_controls` (every QUEUE_CONTROL_POLL_SECONDS) and hands each reading to `apply`, so a
 * pause, resume or scale made by any process, the CLI or the API reaches every worker process on
 * the store. Polling rather than NOTIFY: it needs no extra connection, works the same on PGlite and
 * behind PgBouncer, and a change made in this process is applied at once with `refresh()` anyway.
 * A failed read (store away) is logged once and retried at the next tick.
 */
export function watchQueueControls(
  db: Queryable,
  intervalMs: number,
  logger: Logger,
  apply: (controls: ReadonlyMap<string, QueueControl>) => Promise<void>,
): ControlWatch {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failing = false;

  async function refresh(): Promise<void> {
    const controls = await readQueueControls(db);
    if (!stopped) await apply(controls);
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      refresh().then(
        () => {
          if (failing) logger.info('queue controls readable again');
          failing = false;
        },
        (error: unknown) => {
          if (!failing) logger.warn({ err: error }, 'queue controls could not be read; workers keep their last state');
          failing = true;
        },
      ).finally(schedule);
    }, intervalMs);
    timer.unref();
  }

  schedule();
  return {
    refresh,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
