import type { z } from 'zod';
import { detectionEnvSchema, envSchema } from './configSchema.ts';
import { AppError } from '../core/appError.ts';
import { CONFIGURED_QUEUES, resolveQueueSettings, type ConfiguredQueue, type QueueSettings } from './queueSettings.ts';

export type { ConfiguredQueue, QueueSettings };

/** How the detector judges text (DETECTION_*). */
export interface DetectionSettings {
  profile: 'chat' | 'strict';
  /** A file of allowed values and /patterns/, one a line; read when the detector is built. */
  allowListPath: string | undefined;
  /** Published test values treated as not PII: `true` all groups, `false` none, or the groups named; unset: the profile's. */
  ignoreTestValues: boolean | readonly string[] | undefined;
}

/** Downloading the files of Slack messages (SLACK_FILE_*). */
export interface SlackFileSettings {
  /** Where the bot token may be sent: bare hosts (https only) or exact origins, lower case. */
  hosts: readonly string[];
  /** Larger files are recorded as too large and not downloaded (or the download is cut off). */
  maxBytes: number;
  /** For one download, from the request to the last byte. */
  timeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  /** Unset means the embedded PGlite store in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** base64, 32 bytes; unset is allowed only for the embedded store, which keeps its own key. */
  encryptionKey: string | undefined;
  logLevel: string;
  slack: {
    signingSecret: string | undefined;
    botToken: string | undefined;
    adminToken: string | undefined;
    apiUrl: string;
    /** For one Web API call, from the request to the answer (SLACK_API_TIMEOUT_SECONDS). */
    apiTimeoutMs: number;
    files: SlackFileSettings;
  };
  http: { maxBodyBytes: number };
  /** How long a graceful stop waits for running jobs and open requests (SHUTDOWN_TIMEOUT_SECONDS). */
  shutdown: { timeoutMs: number };
  /** Each queue's policy (QUEUE_<QUEUE>_*, JOB_*, defaults in config/queueSettings.ts). */
  queues: Readonly<Record<ConfiguredQueue, QueueSettings>>;
  supervision: {
    /** How often pg-boss's supervisor fails expired and heartbeat-less jobs (the rescue) and caches queue counts. */
    superviseSeconds: number;
    /** How often each process re-reads the shared pause/concurrency state (queue_controls). */
    controlPollSeconds: number;
  };
  retention: {
    completedJobSeconds: number;
    failedJobSeconds: number;
    /** Sealed content of an item not final after this long is erased and the item failed (content_expired). */
    contentSeconds: number;
  };
  /** When the maintenance tasks (prune jobs, expire content) are scheduled, a 5-field cron in UTC. */
  maintenance: { cron: string };
  /** The admin API (/api/v1/jobs, /api/v1/queues): a bearer token; unset answers 503 ADMIN_API_DISABLED. */
  admin: { apiToken: string | undefined };
  detection: DetectionSettings;
}

/**
 * Reads, validates and freezes the configuration once at start. Every problem is reported at once,
 * each naming its variable, because fixing one and restarting to find the next is the usual pain.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const e = parseEnv(envSchema, env);
  if (e.DATABASE_URL !== undefined && e.ENCRYPTION_KEY === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      'Invalid configuration:\n  ENCRYPTION_KEY: required when DATABASE_URL is set (32 bytes, base64; e.g. `openssl rand -base64 32`). Only the embedded store generates its own.',
    );
  }
  const queues = Object.fromEntries(
    CONFIGURED_QUEUES.map((name) => [name, resolveQueueSettings(name, e as unknown as Record<string, number | undefined>)]),
  ) as Record<ConfiguredQueue, QueueSettings>;
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    encryptionKey: e.ENCRYPTION_KEY,
    logLevel: e.LOG_LEVEL,
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      adminToken: e.SLACK_ADMIN_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
      apiTimeoutMs: e.SLACK_API_TIMEOUT_SECONDS * 1000,
      files: {
        hosts: e.SLACK_FILE_HOSTS.split(',').map((entry) => entry.trim().toLowerCase().replace(/\/$/, '')),
        maxBytes: e.SLACK_FILE_MAX_BYTES,
        timeoutMs: e.SLACK_FILE_TIMEOUT_SECONDS * 1000,
      },
    },
    http: { maxBodyBytes: e.MAX_BODY_BYTES },
    shutdown: { timeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000 },
    queues,
    supervision: { superviseSeconds: e.QUEUE_SUPERVISE_SECONDS, controlPollSeconds: e.QUEUE_CONTROL_POLL_SECONDS },
    retention: {
      completedJobSeconds: e.COMPLETED_JOB_RETENTION_SECONDS,
      failedJobSeconds: e.FAILED_JOB_RETENTION_SECONDS,
      contentSeconds: e.CONTENT_RETENTION_SECONDS,
    },
    maintenance: { cron: e.MAINTENANCE_CRON },
    admin: { apiToken: e.ADMIN_API_TOKEN },
    detection: detectionSettings(e),
  };
  return deepFreeze(config);
}

/**
 * Only the DETECTION_* variables, for `pii-detector scan`, which must not fail on a service setting
 * (a bad PORT) it never uses.
 */
export function loadDetectionSettings(env: Record<string, string | undefined> = process.env): Readonly<DetectionSettings> {
  return deepFreeze(detectionSettings(parseEnv(detectionEnvSchema, env)));
}

function detectionSettings(e: z.infer<typeof detectionEnvSchema>): DetectionSettings {
  const groups = e.DETECTION_IGNORE_TEST_VALUES;
  return {
    profile: e.DETECTION_PROFILE,
    allowListPath: e.DETECTION_ALLOW_LIST,
    ignoreTestValues:
      groups === undefined ? undefined : groups === 'all' ? true : groups === 'none' ? false : groups.split(',').map((g) => g.trim()),
  };
}

function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const got = env[name];
    const shown = got === undefined || /SECRET|TOKEN|KEY|DATABASE_URL/.test(name) ? '' : ` (got ${JSON.stringify(got)})`;
    return `  ${name}: ${issue.message}${shown}`;
  });
  throw new AppError('CONFIG_INVALID', `Invalid configuration:\n${lines.join('\n')}`);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
