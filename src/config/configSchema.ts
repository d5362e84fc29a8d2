import { z } from 'zod';

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
  MAX_BODY_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  EVENTS_CONCURRENCY: int(1, 256).default(4),
  ACTIONS_CONCURRENCY: int(1, 256).default(4),
  JOB_BATCH_SIZE: int(1, 1000).default(20),
  JOB_RETRY_LIMIT: int(0, 100).default(8),
  JOB_RETRY_DELAY_SECONDS: int(1, 3600).default(2),
  JOB_RETRY_DELAY_MAX_SECONDS: int(1, 86400).default(600),
  JOB_EXPIRE_SECONDS: int(10, 86400).default(300),
  QUEUE_SUPERVISE_SECONDS: int(1, 3600).default(30),
  COMPLETED_JOB_RETENTION_SECONDS: int(60, 10 * 365 * 86400).default(7 * 86400),
  FAILED_JOB_RETENTION_SECONDS: int(60, 10 * 365 * 86400).default(90 * 86400),
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
