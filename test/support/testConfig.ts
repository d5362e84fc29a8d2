import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config.ts';

export const TEST_SIGNING_SECRET = 'test-signing-secret';
export const TEST_ENCRYPTION_KEY = randomBytes(32).toString('base64');

/** A validated config as the service would load it, from test-friendly environment values. */
export function testConfig(env: Record<string, string | undefined> = {}): Readonly<Config> {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    JOB_RETRY_DELAY_SECONDS: '1',
    JOB_RETRY_DELAY_MAX_SECONDS: '2',
    ...env,
  });
}
