import { createHmac } from 'node:crypto';

/**
 * Slack's v0 request signature: HMAC-SHA256 over `v0:{timestamp}:{rawBody}`, hex, prefixed `v0=`.
 * The body must be the exact bytes sent on the wire; re-serialised JSON would sign different bytes.
 */
export function signSlackRequest(secret: string, timestampSeconds: number | string, rawBody: string | Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`v0:${timestampSeconds}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}
