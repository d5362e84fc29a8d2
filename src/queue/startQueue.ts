import { PgBoss, fromPglite } from 'pg-boss';
import type { Config, QueueSettings } from '../config/config.ts';
import type { Db } from '../store/db.ts';
import type { Logger } from '../telemetry/logger.ts';
import { QUEUES } from './queueNames.ts';

/**
 * Starts pg-boss in the same database as our tables and makes sure every queue exists with the
 * configured policy (updated in place on later starts, so a config change takes effect).
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
  const common = {
    // pg-boss's job spies let tests await a job's settled state; they cost bookkeeping, so tests only.
    __test__enableSpies: options.spies === true,
    useListenNotify: true,
    schema: 'pgboss',
    // Supervision is what rescues jobs whose worker died (expired) and applies retention.
    superviseIntervalSeconds: config.queues.superviseSeconds,
    monitorIntervalSeconds: 30,
  } as const;
  const boss =
    db.kind === 'pglite'
      ? new PgBoss({ ...common, db: fromPglite(db.pglite), backend: 'pglite' })
      : new PgBoss({ ...common, connectionString: db.connectionString, max: 5, application_name: 'pii-detector-queue' });
  boss.on('error', (error) => logger.error({ err: error }, 'queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'queue warning'));
  await boss.start();

  const failedRetention = config.retention.failedJobSeconds;
  await ensureQueue(boss, QUEUES.deadLetter, {
    notify: false,
    retentionSeconds: failedRetention,
    deleteAfterSeconds: failedRetention,
  });
  for (const [name, settings] of [
    [QUEUES.events, config.queues.events],
    [QUEUES.actions, config.queues.actions],
  ] as const) {
    await ensureQueue(boss, name, { ...queuePolicy(settings, config.retention.completedJobSeconds), deadLetter: QUEUES.deadLetter });
    // An empty insert loads pg-boss's queue cache now. Otherwise the first send inside one of our
    // transactions would look the queue up on pg-boss's own connection, and on PGlite (a single
    // connection) that waits for the very transaction it is part of: a deadlock.
    await boss.insert(name, []);
  }
  return boss;
}

export function queuePolicy(settings: QueueSettings, completedRetentionSeconds: number) {
  return {
    notify: true,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    // pg-boss's backoff is retryDelay * 2^n with jitter, capped at retryDelayMax.
    retryBackoff: true,
    retryDelayMax: settings.retryDelayMaxSeconds,
    expireInSeconds: settings.expireSeconds,
    deleteAfterSeconds: completedRetentionSeconds,
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1] & object): Promise<void> {
  const existing = await boss.getQueue(name);
  if (existing === null) {
    await boss.createQueue(name, options);
  } else {
    const { deadLetter, ...rest } = options;
    await boss.updateQueue(name, { ...rest, ...(deadLetter === undefined ? {} : { deadLetter }) });
  }
}
