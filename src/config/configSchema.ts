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
});

export type Env = z.infer<typeof envSchema>;
