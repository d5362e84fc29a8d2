import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every Prometheus metric the service exposes on `GET /metrics`, in one registry per service (so
 * two services in one test process never share numbers). Label values come from closed sets (queue
 * and job names from the code, error codes from the catalogue, Slack codes capped by
 * `boundedLabel`), so no label can grow without bound. docs/telemetry.md lists them all.
 */
export interface Metrics {
  registry: Registry;
  jobsStarted: Counter<'queue' | 'job'>;
  jobsFinished: Counter<'queue' | 'job' | 'outcome'>;
  jobDuration: Histogram<'queue' | 'job' | 'outcome'>;
  jobExceptions: Counter<'queue' | 'job' | 'code'>;
  jobsRunning: Gauge<'queue'>;
  ingestEvents: Counter<'source' | 'outcome'>;
  ingestRejected: Counter<'source' | 'code'>;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  httpDuration: Histogram<'route' | 'method'>;
  slackActions: Counter<'action' | 'outcome' | 'code'>;
  queueJobs: Gauge<'queue' | 'state'>;
  queueOldestAge: Gauge<'queue'>;
  storeUp: Gauge;
  queueUp: Gauge;
  queueErrors: Counter;
  shuttingDown: Gauge;
}

const PREFIX = 'pii_detector_';

export function createMetrics(): Metrics {
  const registry = new Registry();
  // Process metrics (CPU, resident memory, event-loop lag, GC), under their usual names.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    jobsStarted: new Counter({ name: `${PREFIX}jobs_started_total`, help: 'Job runs begun, by queue and job name', labelNames: ['queue', 'job'], registers }),
    jobsFinished: new Counter({
      name: `${PREFIX}jobs_finished_total`,
      help: 'Job runs ended, by outcome: completed, retry (failed, another attempt follows) or dead_letter',
      labelNames: ['queue', 'job', 'outcome'],
      registers,
    }),
    jobDuration: new Histogram({
      name: `${PREFIX}job_duration_seconds`,
      help: 'Duration of one job run, by outcome',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    }),
    jobExceptions: new Counter({
      name: `${PREFIX}job_exceptions_total`,
      help: 'Job runs that threw, by error code (docs/errors.md)',
      labelNames: ['queue', 'job', 'code'],
      registers,
    }),
    jobsRunning: new Gauge({ name: `${PREFIX}jobs_running`, help: 'Jobs running in this process now', labelNames: ['queue'], registers }),
    ingestEvents: new Counter({
      name: `${PREFIX}ingest_events_total`,
      help: 'Deliveries answered 200 by a receiver: accepted (durable, queued), duplicate, ignored, url_verification, rate_limited',
      labelNames: ['source', 'outcome'],
      registers,
    }),
    ingestRejected: new Counter({
      name: `${PREFIX}ingest_rejected_total`,
      help: 'Deliveries a receiver refused, by error code (4xx: not retried by the platform; 503: retried)',
      labelNames: ['source', 'code'],
      registers,
    }),
    httpRequests: new Counter({
      name: `${PREFIX}http_requests_total`,
      help: 'HTTP requests answered, by route template, method and status',
      labelNames: ['route', 'method', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'Time from the request to the end of the answer, by route template',
      labelNames: ['route', 'method'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    slackActions: new Counter({
      name: `${PREFIX}slack_actions_total`,
      help: 'Slack actions by outcome: done, already_gone, failed (code = Slack error), postponed (429)',
      labelNames: ['action', 'outcome', 'code'],
      registers,
    }),
    queueJobs: new Gauge({
      name: `${PREFIX}queue_jobs`,
      help: 'Jobs in each queue by state (queued = due now, deferred = scheduled later, retry, active), read at scrape',
      labelNames: ['queue', 'state'],
      registers,
    }),
    queueOldestAge: new Gauge({
      name: `${PREFIX}queue_oldest_job_age_seconds`,
      help: 'How long the oldest job that is due (queued or retry) has been waiting since it became due, read at scrape',
      labelNames: ['queue'],
      registers,
    }),
    storeUp: new Gauge({ name: `${PREFIX}store_up`, help: '1 when the store answered a ping at scrape, else 0', registers }),
    queueUp: new Gauge({ name: `${PREFIX}queue_up`, help: '1 when the queue tables could be read at scrape, else 0', registers }),
    queueErrors: new Counter({ name: `${PREFIX}queue_errors_total`, help: 'Errors pg-boss reported (failed polls, maintenance, lost connections)', registers }),
    shuttingDown: new Gauge({ name: `${PREFIX}shutting_down`, help: '1 once a graceful shutdown has begun', registers }),
  };
}

/**
 * Keeps a label drawn from outside values (a Slack error code) bounded: values of the expected
 * shape are kept, up to `max` distinct ones; anything else, or any value past the cap, is `other`.
 */
export function boundedLabel(max: number): (value: string | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    if (value === undefined || value === '') return '';
    if (!/^[a-z0-9_.:-]{1,48}$/i.test(value)) return 'other';
    if (seen.has(value)) return value;
    if (seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
}
