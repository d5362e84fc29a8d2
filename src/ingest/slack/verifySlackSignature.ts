import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/appError.ts';

export const SLACK_SIGNATURE_WINDOW_SECONDS = 300;

export interface SlackSignatureInput {
  signingSecret: string;
  /** `X-Slack-Request-Timestamp`, as received. */
  timestamp: string | undefined;
  /** `X-Slack-Signature`, as received. */
  signature: string | undefined;
  /** The body exactly as received: re-serialised JSON would not match. */
  rawBody: Buffer;
  nowMs: number;
}

/**
 * Slack's v0 request signature, checked in the order bolt-js uses, except that the 5-minute window
 * applies in both directions (as python-slack-sdk does): a timestamp from the future is as suspect
 * as a stale one. Throws an AppError whose code says which check failed.
 */
export function verifySlackSignature(input: SlackSignatureInput): void {
  if (input.signingSecret === '') throw new AppError('SLACK_NOT_CONFIGURED');
  if (input.timestamp === undefined || input.signature === undefined) throw new AppError('SIGNATURE_MISSING');
  if (!/^\d{1,12}$/.test(input.timestamp)) throw new AppError('SIGNATURE_INVALID', 'X-Slack-Request-Timestamp is not a number');
  const skew = Math.abs(Math.floor(input.nowMs / 1000) - Number(input.timestamp));
  if (skew > SLACK_SIGNATURE_WINDOW_SECONDS) throw new AppError('SIGNATURE_STALE');
  const [version, hash] = input.signature.split('=', 2);
  if (version !== 'v0' || hash === undefined || !/^[0-9a-f]{64}$/.test(hash)) {
    throw new AppError('SIGNATURE_INVALID', 'X-Slack-Signature is not a v0 signature');
  }
  const expected = createHmac('sha256', input.signingSecret)
    .update(`v0:${input.timestamp}:`)
    .update(input.rawBody)
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) throw new AppError('SIGNATURE_INVALID');
}
