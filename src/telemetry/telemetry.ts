import { errorCatalogue } from '../core/errorCatalogue.ts';
import type { JobEvents, JobRunStatus } from './jobEvents.ts';
import type { Logger } from './logger.ts';
import { boundedLabel, createMetrics, type Metrics } from './metrics.ts';

/**
 * The service's telemetry: structured log lines with a stable `event` field (no text, no tokens)
 * and the Prometheus metrics behind `GET /metrics`, fed from the same calls so the two never
 * disagree. docs/telemetry.md is the catalogue; keep it in step with this file and metrics.ts.
 *
 * Using: `createTelemetry({ logger, jobEvents })` once per service; the job lifecycle arrives
 * through `JobEvents` (emitted by jobs/startWorkers.ts and the action handlers), the rest through
 * the methods below (ingest, HTTP, store and queue samples, shutdown).
 *
 * Events it logs itself: `action.outcome`, `slack.auth_failed`, `ingest.accepted`, `ingest.ignored`,
 * `ingest.rejected`, `store.down`, `store.up`, `queue.down`, `queue.up`. The job lines
 * (`job.start`, `job.stop`, `job.exception`) are logged where the job runs, the shutdown steps
 * (`shutdown.*`) where the service stops.
 */
export type IngestOutcome = 'accepted' | 'duplicate' | 'ignored' | 'url_verification' | 'rate_limited';

export interface IngestTelemetry {
  /** A delivery a receiver answered with 200, and what became of it. */
  ingested(event: { source: string; outcome: IngestOutcome; eventId?: string | null; retryNum?: number | null; reason?: string }): void;
}

export interface QueueSample {
  /** Jobs by queue and state (`queued`, `deferred`, `retry`, `active`). */
  jobs: ReadonlyArray<{ queue: string; state: string; count: number }>;
  /** Per queue, seconds since its oldest due job became due (0 when none is waiting). */
  oldestDueSeconds: ReadonlyArray<{ queue: string; seconds: number }>;
}

export interface Telemetry extends IngestTelemetry {
  readonly metrics: Metrics;
  /** A request a receiver refused (any 4xx or 5xx on an ingest route), by its error code. */
  rejected(event: { source: string; code: string; status: number }): void;
  /** Every HTTP answer, by route template (never the URL itself, which may carry ids). */
  answered(event: { route: string; method: string; status: number; seconds: number }): void;
  /** The store's answer to a ping (at scrape); a change is logged once, not on every scrape. */
  storeHealth(ok: boolean, problem?: string): void;
  /** The queue tables' state at scrape; `undefined` when they could not be read. */
  queueSample(sample: QueueSample | undefined, problem?: string): void;
  /** pg-boss reported an error (it is logged where pg-boss is started). */
  queueError(): void;
  shuttingDown(): void;
  /** Jobs running in this process now. */
  running(): number;
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const QUEUE_STATES = ['queued', 'deferred', 'retry', 'active'] as const;

export function createTelemetry(options: { logger: Logger; jobEvents: JobEvents }): Telemetry {
  const { logger, jobEvents } = options;
  const metrics = createMetrics();
  const slackCode = boundedLabel(60);
  const running = new Map<string, string>();
  const exceptionNext = new Map<string, 'retry' | 'dead_letter'>();
  const knownQueues = new Set<string>();
  let storeOk: boolean | undefined;
  let queueOk: boolean | undefined;

  jobEvents.on('job:start', ({ queue, jobId, name }) => {
    metrics.jobsStarted.inc({ queue, job: name });
    if (!running.has(jobId)) {
      running.set(jobId, queue);
      metrics.jobsRunning.inc({ queue });
    }
  });
  jobEvents.on('job:exception', ({ queue, jobId, name, code, next }) => {
    metrics.jobExceptions.inc({ queue, job: name, code: errorCode(code) });
    exceptionNext.set(jobId, next);
    if (code === 'SLACK_AUTH_FAILED') {
      // An alert, not a retry: every later call with this token fails the same way.
      logger.error(
        { event: 'slack.auth_failed', queue, job: name, jobId },
        'Slack refused our token (invalid, revoked, expired or missing a scope); the job went to the dead-letter queue without retries. Fix SLACK_BOT_TOKEN / SLACK_ADMIN_TOKEN, then `pii-detector jobs retry`',
      );
    }
  });
  jobEvents.on('job:stop', ({ queue, jobId, name, durationMs, status }) => {
    if (running.delete(jobId)) metrics.jobsRunning.dec({ queue });
    const outcome = finishedOutcome(status, exceptionNext.get(jobId));
    exceptionNext.delete(jobId);
    metrics.jobsFinished.inc({ queue, job: name, outcome });
    metrics.jobDuration.observe({ queue, job: name, outcome }, durationMs / 1000);
  });
  jobEvents.on('action:outcome', ({ action, outcome, code }) => {
    metrics.slackActions.inc({ action, outcome, code: slackCode(code) });
    const fields = { event: 'action.outcome', action, outcome, ...(code === undefined ? {} : { code }) };
    if (outcome === 'failed') logger.warn(fields, `slack ${action} failed`);
    else logger.info(fields, `slack ${action} ${outcome}`);
  });

  return {
    metrics,
    ingested({ source, outcome, eventId, retryNum, reason }) {
      metrics.ingestEvents.inc({ source, outcome });
      if (outcome === 'accepted' || outcome === 'duplicate') {
        const fields = { event: 'ingest.accepted', source, eventId, duplicate: outcome === 'duplicate', retryNum: retryNum ?? null };
        logger.info(fields, outcome === 'duplicate' ? `${source} event already accepted` : `${source} event accepted`);
      } else {
        logger.debug({ event: 'ingest.ignored', source, outcome, eventId, reason }, `${source} event not queued`);
      }
    },
    rejected({ source, code, status }) {
      const label = errorCode(code);
      metrics.ingestRejected.inc({ source, code: label });
      const fields = { event: 'ingest.rejected', source, code: label, status };
      if (status >= 500) logger.warn(fields, `${source} delivery refused; the platform will retry it`);
      else logger.info(fields, `${source} delivery rejected`);
    },
    answered({ route, method, status, seconds }) {
      const m = HTTP_METHODS.has(method) ? method : 'OTHER';
      metrics.httpRequests.inc({ route, method: m, status: String(status) });
      metrics.httpDuration.observe({ route, method: m }, seconds);
    },
    storeHealth(ok, problem) {
      metrics.storeUp.set(ok ? 1 : 0);
      if (ok === storeOk) return;
      if (!ok) logger.error({ event: 'store.down', problem }, 'the store does not answer');
      else if (storeOk === false) logger.info({ event: 'store.up' }, 'the store answers again');
      storeOk = ok;
    },
    queueSample(sample, problem) {
      metrics.queueUp.set(sample === undefined ? 0 : 1);
      const ok = sample !== undefined;
      if (ok !== queueOk) {
        if (!ok) logger.error({ event: 'queue.down', problem }, 'the queue tables cannot be read');
        else if (queueOk === false) logger.info({ event: 'queue.up' }, 'the queue tables can be read again');
        queueOk = ok;
      }
      if (sample === undefined) return;
      for (const { queue } of sample.jobs) knownQueues.add(queue);
      for (const { queue } of sample.oldestDueSeconds) knownQueues.add(queue);
      // Every known queue gets every state, so a state that emptied reads 0 rather than its last value.
      for (const queue of knownQueues) {
        for (const state of QUEUE_STATES) metrics.queueJobs.set({ queue, state }, 0);
        metrics.queueOldestAge.set({ queue }, 0);
      }
      for (const { queue, state, count } of sample.jobs) metrics.queueJobs.set({ queue, state }, count);
      for (const { queue, seconds } of sample.oldestDueSeconds) metrics.queueOldestAge.set({ queue }, seconds);
    },
    queueError() {
      metrics.queueErrors.inc();
    },
    shuttingDown() {
      metrics.shuttingDown.set(1);
    },
    running: () => running.size,
  };
}

function finishedOutcome(status: JobRunStatus, next: 'retry' | 'dead_letter' | undefined): 'completed' | 'retry' | 'dead_letter' {
  if (status === 'completed') return 'completed';
  if (status === 'deadletter') return 'dead_letter';
  return next ?? 'retry';
}

/** Codes from the catalogue (docs/errors.md) stay; anything else would be an unbounded label. */
function errorCode(code: string): string {
  return Object.hasOwn(errorCatalogue, code) ? code : 'OTHER';
}
