import { signSlackRequest } from '../fakes/slack/signSlackRequest.ts';
import { TEST_SIGNING_SECRET } from './testConfig.ts';

/** Headers and body for `app.inject()` as Slack would sign them (timestamp defaults to now). */
export function signedSlackRequest(
  body: unknown,
  options: { timestampSeconds?: number; secret?: string; retryNum?: number; rawBody?: string } = {},
) {
  const raw = options.rawBody ?? JSON.stringify(body);
  const ts = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signSlackRequest(options.secret ?? TEST_SIGNING_SECRET, ts, raw),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return { method: 'POST' as const, url: '/slack/events', headers, payload: raw };
}
