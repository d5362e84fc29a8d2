import type { FastifyInstance } from 'fastify';
import type { PgBoss } from 'pg-boss';
import type { Db } from './store/db.ts';
import type { Logger } from './telemetry/logger.ts';
import type { Telemetry } from './telemetry/telemetry.ts';

export interface StoppableParts {
  app: FastifyInstance;
  boss: PgBoss;
  db: Db;
  /** Stops following the shared queue controls, so nothing registers workers again mid-stop. */
  stopControls?: () => void;
  logger: Logger;
  telemetry: Telemetry;
  /** SHUTDOWN_TIMEOUT_SECONDS: how long running jobs and open requests get. */
  timeoutMs: number;
}

/**
 * The graceful stop, each step logged with an `event` field (docs/telemetry.md):
 *
 * 1. `shutdown.begin`: no new work. The HTTP server stops accepting connections (a request that
 *    arrives on a kept-alive one is answered 503, which Slack retries) and the workers stop
 *    fetching, both at once.
 * 2. `shutdown.http_closed`: every request already received has been answered. One still open at
 *    the timeout has its connection closed (`forced: true`); nothing was acknowledged to it.
 * 3. `shutdown.workers_stopped`: every running job finished, or the timeout came first. Jobs still
 *    running then are handed back to the queue by pg-boss (failed as "shut down while active", so
 *    they run again: on another process, or here after the restart); `jobsLeft` counts them.
 * 4. `shutdown.store_closed`, then `shutdown.complete`. The store closes last because open requests
 *    and running jobs write to it until the end.
 */
export async function stopService(parts: StoppableParts): Promise<void> {
  const { app, boss, db, logger, telemetry, timeoutMs } = parts;
  const started = performance.now();
  telemetry.shuttingDown();
  logger.info(
    { event: 'shutdown.begin', timeoutSeconds: timeoutMs / 1000, jobsRunning: telemetry.running() },
    'shutting down: no new work; waiting for running jobs and open requests',
  );
  parts.stopControls?.();

  const http = closeHttp(app, timeoutMs).then((forced) => {
    logger.info({ event: 'shutdown.http_closed', forced }, forced ? 'HTTP closed at the timeout; open requests were cut off' : 'HTTP closed; every request was answered');
  });
  // pg-boss stops fetching at once, waits for running batches up to the timeout, then fails what is
  // still running so that it is retried. Its pool stays open until HTTP is done: an open ingest
  // request may still need the queue.
  const jobs = boss.stop({ graceful: true, timeout: timeoutMs, close: false }).then(() => {
    const jobsLeft = telemetry.running();
    const fields = { event: 'shutdown.workers_stopped', jobsLeft };
    if (jobsLeft > 0) logger.warn(fields, 'workers stopped at the timeout; the jobs still running were handed back to the queue and will run again');
    else logger.info(fields, 'workers stopped; no job left running');
  });
  const [httpResult, jobsResult] = await Promise.allSettled([http, jobs]);

  // Whatever happened above, the store is closed, so the process can exit.
  await boss.stop({ close: true }).catch((error: unknown) => logger.warn({ err: error }, 'closing the queue pool failed'));
  await db.close();
  logger.info({ event: 'shutdown.store_closed' }, 'store closed');
  for (const result of [httpResult, jobsResult]) if (result.status === 'rejected') throw result.reason;
  logger.info({ event: 'shutdown.complete', durationMs: Math.round(performance.now() - started) }, 'shutdown complete');
}

/** Resolves true when open connections had to be cut at the timeout. */
async function closeHttp(app: FastifyInstance, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), timeoutMs);
    timer.unref();
  });
  const closing = app.close().then(() => false as const);
  try {
    const forced = await Promise.race([closing, timedOut]);
    if (forced) {
      // Requests still open (a client that never finishes its body) must not hold the stop forever.
      app.server.closeAllConnections();
      await closing;
    }
    return forced;
  } finally {
    clearTimeout(timer);
  }
}
