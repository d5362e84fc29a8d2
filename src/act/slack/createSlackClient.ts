import { LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';

/**
 * One client for every workspace call; the token goes with each call, so no token sits in a
 * long-lived object that could end up in a log. Retries are off here on purpose: the job queue
 * owns retries (with backoff, attempts and a dead-letter queue), and the SDK's default would
 * otherwise retry a failing call for ~30 minutes inside one job. A 429 is surfaced at once so the
 * job can be rescheduled after `Retry-After` instead of pausing every other call.
 */
export function createSlackClient(apiUrl: string, timeoutMs = 15_000): WebClient {
  return new WebClient(undefined, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // Past it the call fails as a network error and the job is retried with backoff.
    timeout: timeoutMs,
    logger: silentLogger,
    logLevel: LogLevel.ERROR,
  });
}

// The SDK logs request details at debug level; we log outcomes ourselves, without tokens or text.
const silentLogger: SlackLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};
