import { z } from 'zod';
import { queueEnvShape } from './queueSettings.ts';

const int = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const optionalSecret = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** The detector's test-value groups (src/detect/scoring/testValues.ts; config may not import detect). */
export const TEST_VALUE_GROUP_NAMES: readonly string[] = Object.freeze(['cards', 'phones', 'emails', 'ssns', 'ips']);

/**
 * How the detector judges text: the service and `pii-detector scan` read these. Unset means the
 * profile's defaults (src/detect/detectionProfile.ts).
 */
export const detectionEnvSchema = z.object({
  DETECTION_PROFILE: z.enum(['chat', 'strict'], { error: 'must be chat or strict' }).default('chat'),
  DETECTION_ALLOW_LIST: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  DETECTION_IGNORE_TEST_VALUES: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v.toLowerCase()))
    .optional()
    .refine(
      (v) => v === undefined || v === 'all' || v === 'none' || v.split(',').every((g) => TEST_VALUE_GROUP_NAMES.includes(g.trim())),
      `must be all, none, or a comma-separated list of ${TEST_VALUE_GROUP_NAMES.join(', ')}`,
    ),
});

/**
 * Every setting, keyed by the environment variable that sets it. These names are part of the
 * product's interface (docs/configuration.md lists them); add, never rename.
 */
export const envSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL'),
  DATA_DIR: z.string().min(1).default('./data'),
  ENCRYPTION_KEY: optionalSecret.refine(
    (v) => v === undefined || Buffer.from(v, 'base64').length === 32,
    'must be 32 bytes encoded as base64 (e.g. `openssl rand -base64 32`)',
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_BOT_TOKEN: optionalSecret.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token (xoxb-…)'),
  SLACK_ADMIN_TOKEN: optionalSecret.refine((v) => v === undefined || v.startsWith('xoxp-'), 'must be a user token (xoxp-…)'),
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  SLACK_FILE_HOSTS: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'files.slack.com' : v))
    .refine((v) => v.split(',').every((entry) => isFileHostEntry(entry.trim())), 'must be a comma-separated list of host names (https only, e.g. files.slack.com) or http(s) origins (e.g. http://127.0.0.1:3001)'),
  SLACK_FILE_MAX_BYTES: int(1, 1024 * 1024 * 1024).default(25 * 1024 * 1024),
  SLACK_FILE_TIMEOUT_SECONDS: int(1, 600).default(30),
  SLACK_API_TIMEOUT_SECONDS: int(1, 300).default(15),
  MAX_BODY_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  // Under Kubernetes' default 30 s grace period, so the process exits on its own before SIGKILL.
  SHUTDOWN_TIMEOUT_SECONDS: int(1, 3600).default(25),
  // Queue policy: QUEUE_<QUEUE>_<SETTING>, the global JOB_<SETTING> and the legacy names
  // (EVENTS_CONCURRENCY, ACTIONS_CONCURRENCY), all optional; resolved in config/queueSettings.ts.
  ...queueEnvShape(),
  // With the heartbeat (30 s) this bounds the rescue of a dead worker's job: heartbeat + this + the
  // first retry delay + a poll, under 60 s with the defaults (docs/job-lifecycle.md).
  QUEUE_SUPERVISE_SECONDS: int(1, 3600).default(15),
  QUEUE_CONTROL_POLL_SECONDS: int(1, 60).default(2),
  COMPLETED_JOB_RETENTION_SECONDS: int(60, 10 * 365 * 86400).default(7 * 86400),
  FAILED_JOB_RETENTION_SECONDS: int(60, 10 * 365 * 86400).default(90 * 86400),
  CONTENT_RETENTION_SECONDS: int(3600, 10 * 365 * 86400).default(7 * 86400),
  MAINTENANCE_CRON: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? '*/10 * * * *' : v))
    .refine((v) => /^(\S+\s+){4}\S+$/.test(v) && /^[\d*/,\-\s]+$/.test(v), 'must be a 5-field cron expression of numbers, *, /, - and , (e.g. */10 * * * *)'),
  ADMIN_API_TOKEN: optionalSecret.refine((v) => v === undefined || v.length >= 24, 'must be at least 24 characters (e.g. `openssl rand -base64 32`)'),
  ...detectionEnvSchema.shape,
});

export type Env = z.infer<typeof envSchema>;

/**
 * One SLACK_FILE_HOSTS entry: a bare host (`files.slack.com`, optionally with a port), reached over
 * https only, or an origin with its scheme (`http://127.0.0.1:3001`, for the fake), matched exactly.
 */
function isFileHostEntry(entry: string): boolean {
  if (/^https?:\/\//i.test(entry)) {
    try {
      const url = new URL(entry);
      return url.origin.toLowerCase() === entry.toLowerCase().replace(/\/$/, '') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }
  return /^[a-z0-9.-]+(?::\d{1,5})?$/i.test(entry);
}
