import { envSchema } from './configSchema.ts';
import { AppError } from '../core/appError.ts';

export interface QueueSettings {
  concurrency: number;
  batchSize: number;
  retryLimit: number;
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  expireSeconds: number;
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
  };
  http: { maxBodyBytes: number };
  queues: { events: QueueSettings; actions: QueueSettings; superviseSeconds: number };
  retention: { completedJobSeconds: number; failedJobSeconds: number };
}

/**
 * Reads, validates and freezes the configuration once at start. Every problem is reported at once,
 * each naming its variable, because fixing one and restarting to find the next is the usual pain.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const got = env[name];
      const shown = got === undefined || /SECRET|TOKEN|KEY|DATABASE_URL/.test(name) ? '' : ` (got ${JSON.stringify(got)})`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_URL !== undefined && e.ENCRYPTION_KEY === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      'Invalid configuration:\n  ENCRYPTION_KEY: required when DATABASE_URL is set (32 bytes, base64; e.g. `openssl rand -base64 32`). Only the embedded store generates its own.',
    );
  }
  const queue = (concurrency: number): QueueSettings => ({
    concurrency,
    batchSize: e.JOB_BATCH_SIZE,
    retryLimit: e.JOB_RETRY_LIMIT,
    retryDelaySeconds: e.JOB_RETRY_DELAY_SECONDS,
    retryDelayMaxSeconds: e.JOB_RETRY_DELAY_MAX_SECONDS,
    expireSeconds: e.JOB_EXPIRE_SECONDS,
  });
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
    },
    http: { maxBodyBytes: e.MAX_BODY_BYTES },
    queues: { events: queue(e.EVENTS_CONCURRENCY), actions: queue(e.ACTIONS_CONCURRENCY), superviseSeconds: e.QUEUE_SUPERVISE_SECONDS },
    retention: {
      completedJobSeconds: e.COMPLETED_JOB_RETENTION_SECONDS,
      failedJobSeconds: e.FAILED_JOB_RETENTION_SECONDS,
    },
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
