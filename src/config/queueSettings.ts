import { z } from 'zod';

/**
 * The queues whose policy is configuration. `outbound` is reserved for the outbound-message issue:
 * its settings are read and validated now so the names are stable, but no queue is created for it
 * yet. (config may not import queue/; src/queue/queueNames.ts is checked against this list.)
 */
export const CONFIGURED_QUEUES = ['events', 'actions', 'outbound', 'maintenance'] as const;
export type ConfiguredQueue = (typeof CONFIGURED_QUEUES)[number];

/** One queue's policy. Concurrency and batch size are per process; the rest is stored on the queue. */
export interface QueueSettings {
  /** Batches fetched and run at once by each worker process. Changeable at run time (`queues scale`). */
  concurrency: number;
  /** Jobs one fetch claims. */
  batchSize: number;
  /** Retries after the first attempt; then the job is dead-lettered. Max attempts = retryLimit + 1. */
  retryLimit: number;
  /** Base of the exponential backoff: retry n waits retryDelay × 2^n × (0.5…1) (pg-boss's jitter), capped. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** An attempt running longer than this is failed (and retried) even if its worker is alive. */
  expireSeconds: number;
  /** Workers touch their jobs every half of this; a job not touched for this long had its worker die and is retried. */
  heartbeatSeconds: number;
  /** Default priority of the queue's jobs (higher runs first within the queue); an explicit one wins. */
  priority: number;
}

/** Every setting, its environment suffix (`QUEUE_<QUEUE>_<SUFFIX>`) and its bounds. */
export const QUEUE_SETTING_VARIABLES = {
  concurrency: { suffix: 'CONCURRENCY', min: 1, max: 256, global: undefined },
  batchSize: { suffix: 'BATCH_SIZE', min: 1, max: 1000, global: 'JOB_BATCH_SIZE' },
  retryLimit: { suffix: 'RETRY_LIMIT', min: 0, max: 100, global: 'JOB_RETRY_LIMIT' },
  retryDelaySeconds: { suffix: 'RETRY_DELAY_SECONDS', min: 1, max: 3600, global: 'JOB_RETRY_DELAY_SECONDS' },
  retryDelayMaxSeconds: { suffix: 'RETRY_DELAY_MAX_SECONDS', min: 1, max: 86400, global: 'JOB_RETRY_DELAY_MAX_SECONDS' },
  // pg-boss caps expiry at 24 h.
  expireSeconds: { suffix: 'EXPIRE_SECONDS', min: 10, max: 86400, global: 'JOB_EXPIRE_SECONDS' },
  // pg-boss refuses heartbeats under 10 s.
  heartbeatSeconds: { suffix: 'HEARTBEAT_SECONDS', min: 10, max: 3600, global: 'JOB_HEARTBEAT_SECONDS' },
  priority: { suffix: 'PRIORITY', min: -100, max: 100, global: undefined },
} as const satisfies Record<keyof QueueSettings, { suffix: string; min: number; max: number; global: string | undefined }>;

/** The older per-queue names, kept working: `QUEUE_<QUEUE>_CONCURRENCY` wins over them. */
export const LEGACY_QUEUE_VARIABLES: Partial<Record<ConfiguredQueue, Partial<Record<keyof QueueSettings, string>>>> = {
  events: { concurrency: 'EVENTS_CONCURRENCY' },
  actions: { concurrency: 'ACTIONS_CONCURRENCY' },
};

/**
 * Built-in defaults per queue (docs/configuration.md shows this table). Maintenance runs one task at
 * a time and retries a few times only: the next scheduled run does the same work anyway.
 */
export const QUEUE_DEFAULTS: Readonly<Record<ConfiguredQueue, Readonly<QueueSettings>>> = {
  events: { concurrency: 4, batchSize: 20, retryLimit: 8, retryDelaySeconds: 2, retryDelayMaxSeconds: 600, expireSeconds: 300, heartbeatSeconds: 30, priority: 0 },
  actions: { concurrency: 4, batchSize: 20, retryLimit: 8, retryDelaySeconds: 2, retryDelayMaxSeconds: 600, expireSeconds: 300, heartbeatSeconds: 30, priority: 0 },
  outbound: { concurrency: 2, batchSize: 20, retryLimit: 8, retryDelaySeconds: 2, retryDelayMaxSeconds: 600, expireSeconds: 300, heartbeatSeconds: 30, priority: 0 },
  maintenance: { concurrency: 1, batchSize: 1, retryLimit: 2, retryDelaySeconds: 30, retryDelayMaxSeconds: 300, expireSeconds: 900, heartbeatSeconds: 30, priority: 0 },
};

export function queueVariable(queue: ConfiguredQueue, setting: keyof QueueSettings): string {
  return `QUEUE_${queue.toUpperCase()}_${QUEUE_SETTING_VARIABLES[setting].suffix}`;
}

// Empty counts as unset, as everywhere in the config.
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int(`must be a whole number from ${min} to ${max}`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .optional(),
  );

/** The zod shape of every per-queue, global and legacy queue variable: all optional, resolved below. */
export function queueEnvShape(): Record<string, ReturnType<typeof optionalInt>> {
  const shape: Record<string, ReturnType<typeof optionalInt>> = {};
  for (const [setting, spec] of Object.entries(QUEUE_SETTING_VARIABLES) as [keyof QueueSettings, (typeof QUEUE_SETTING_VARIABLES)[keyof QueueSettings]][]) {
    if (spec.global !== undefined) shape[spec.global] = optionalInt(spec.min, spec.max);
    for (const queue of CONFIGURED_QUEUES) {
      shape[queueVariable(queue, setting)] = optionalInt(spec.min, spec.max);
      const legacy = LEGACY_QUEUE_VARIABLES[queue]?.[setting];
      if (legacy !== undefined) shape[legacy] = optionalInt(spec.min, spec.max);
    }
  }
  return shape;
}

/**
 * Resolves one queue's settings. Precedence, most specific first: `QUEUE_<QUEUE>_<SETTING>`, the
 * legacy name (`EVENTS_CONCURRENCY`), the global `JOB_<SETTING>` (applies to every queue), the
 * queue's built-in default.
 */
export function resolveQueueSettings(queue: ConfiguredQueue, env: Readonly<Record<string, number | undefined>>): QueueSettings {
  const settings = { ...QUEUE_DEFAULTS[queue] };
  for (const [setting, spec] of Object.entries(QUEUE_SETTING_VARIABLES) as [keyof QueueSettings, (typeof QUEUE_SETTING_VARIABLES)[keyof QueueSettings]][]) {
    const legacy = LEGACY_QUEUE_VARIABLES[queue]?.[setting];
    const value =
      env[queueVariable(queue, setting)] ?? (legacy === undefined ? undefined : env[legacy]) ?? (spec.global === undefined ? undefined : env[spec.global]);
    if (value !== undefined) settings[setting] = value;
  }
  return settings;
}
