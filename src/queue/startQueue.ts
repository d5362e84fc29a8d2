import { fromPglite, type ConstructorOptions, type PgBoss, type Queue } from 'pg-boss';
import type { Config, QueueSettings } from '../config/config.ts';
import type { Db } from '../store/db.ts';
import type { Logger } from '../telemetry/logger.ts';
import { MAINTENANCE_TASKS } from './maintenanceTasks.ts';
import { QueueBoss } from './queueBoss.ts';
import { QUEUES, WORK_QUEUES } from './queueNames.ts';

/**
 * Starts pg-boss in the same database as our tables and makes sure every queue exists with the
 * configured policy (updated in place on later starts, so a config change takes effect), and that
 * the maintenance tasks are scheduled.
 *
 * Settings that matter for throughput: `useListenNotify` plus `notify: true` per queue wakes a
 * worker the moment a job commits; without them pg-boss polls every 2 s. Polling stays on as the
 * backstop (a NOTIFY is only a latency hint).
 */
export async function startQueue(
  db: Db,
  config: Readonly<Config>,
  logger: Logger,
  options: { spies?: boolean } = {},
): Promise<PgBoss> {
  const common: ConstructorOptions = {
    // pg-boss's job spies let tests await a job's settled state; they cost bookkeeping, so tests only.
    __test__enableSpies: options.spies === true,
    useListenNotify: true,
    schema: 'pgboss',
    // The supervisor's monitor step is what rescues jobs whose worker died (heartbeat stale, or
    // expired) and refreshes the queue counts /health shows; it runs at most once per
    // monitorIntervalSeconds, so the two are set together. Deletion past retention is our own
    // logged `prune_jobs` task (jobs/runMaintenanceTask.ts); pg-boss's daily pass is a backstop.
    superviseIntervalSeconds: config.supervision.superviseSeconds,
    monitorIntervalSeconds: config.supervision.superviseSeconds,
  };
  const priorities = new Map(WORK_QUEUES.map((name) => [name, config.queues[name].priority]));
  const boss =
    db.kind === 'pglite'
      ? new QueueBoss({ ...common, db: fromPglite(db.pglite), backend: 'pglite' }, priorities)
      : new QueueBoss({ ...common, connectionString: db.connectionString, max: 5, application_name: 'pii-detector-queue' }, priorities);
  boss.on('error', (error) => logger.error({ err: error }, 'queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'queue warning'));
  await boss.start();

  const failedRetention = config.retention.failedJobSeconds;
  await ensureQueue(boss, QUEUES.deadLetter, {
    notify: false,
    // A dead letter waits (state created) until an operator retries or discards it; both bounds are
    // the failed-job retention.
    retentionSeconds: failedRetention,
    deleteAfterSeconds: failedRetention,
  });
  for (const name of WORK_QUEUES) {
    await ensureQueue(boss, name, { ...queuePolicy(config.queues[name], config.retention.completedJobSeconds), deadLetter: QUEUES.deadLetter });
    // An empty insert loads pg-boss's queue cache now. Otherwise the first send inside one of our
    // transactions would look the queue up on pg-boss's own connection, and on PGlite (a single
    // connection) that waits for the very transaction it is part of: a deadlock.
    await boss.insert(name, []);
  }
  for (const task of MAINTENANCE_TASKS) {
    // Stored in pgboss.schedule and upserted by key, so every process may do this; pg-boss's
    // timekeeper sends one job per tick however many processes run.
    await boss.schedule(QUEUES.maintenance, config.maintenance.cron, { task }, { key: task, tz: 'UTC' });
  }
  return boss;
}

/** A queue's stored policy, from its settings (concurrency and batch size are the workers' own). */
export function queuePolicy(settings: QueueSettings, completedRetentionSeconds: number) {
  return {
    notify: true,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    // pg-boss's backoff is retryDelay × 2^n × (0.5…1) (jitter), capped at retryDelayMax.
    retryBackoff: true,
    retryDelayMax: settings.retryDelayMaxSeconds,
    expireInSeconds: settings.expireSeconds,
    // The worker touches its claimed jobs every heartbeatSeconds / 2; the supervisor fails (and so
    // retries) an active job whose last touch is older than this: its worker died.
    heartbeatSeconds: settings.heartbeatSeconds,
    deleteAfterSeconds: completedRetentionSeconds,
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<Queue, 'name'>): Promise<void> {
  const existing = await boss.getQueue(name);
  if (existing === null) {
    await boss.createQueue(name, options);
  } else {
    const { deadLetter, policy: _policy, partition: _partition, ...rest } = options;
    await boss.updateQueue(name, { ...rest, ...(deadLetter === undefined ? {} : { deadLetter }) });
  }
}
