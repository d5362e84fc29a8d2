import { AppError } from '../../core/appError.ts';
import type { ActionOutcome } from '../actionOutcome.ts';

/**
 * Slack refused the token itself. No retry can help and every other call with it fails the same
 * way, but the item is not at fault: once an operator fixes the token (or its scopes), the same job
 * must be able to run again. So these fail the job at once into the dead-letter queue (a
 * non-retryable `SLACK_AUTH_FAILED`, logged as an error) instead of ending the item as `failed`.
 */
const CREDENTIAL = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'not_allowed_token_type',
  'no_permission',
  'team_access_not_granted',
  'ekm_access_denied',
]);

/** Platform errors that no retry can fix: the channel, message, user or permission is wrong. */
const PERMANENT = new Set([
  'channel_not_found',
  'cant_delete_message',
  'compliance_exports_prevent_deletion',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'user_not_visible',
  'user_disabled',
  'cannot_dm_bot',
  'invalid_user_combination',
  'access_denied',
  'invalid_arguments',
  'invalid_blocks',
  'msg_blocks_too_long',
  'no_text',
  'restricted_action',
  // files.delete / files.info
  'cant_delete_file',
  'file_deleting_disabled',
  'delete_not_allowed',
  'not_visible',
]);

/**
 * Maps an error thrown by `@slack/web-api` to an outcome, or returns undefined for errors the queue
 * should retry with backoff (network failures, timeouts, HTTP 5xx, `internal_error`,
 * `service_unavailable`). Three classes steer the job:
 * - `retry-after` (429): the job is re-queued after Retry-After, no attempt used;
 * - `permanent` (`channel_not_found`, `cant_delete_message`, …): the item ends `failed` with the reason;
 * - a refused token (`invalid_auth`, `token_revoked`, …): **throws** `SLACK_AUTH_FAILED`, which sends
 *   the job to the dead-letter queue without retries and leaves the item as it was.
 */
export function classifySlackError(error: unknown): Extract<ActionOutcome, { kind: 'retry-after' | 'permanent' }> | undefined {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e.code === 'slack_webapi_rate_limited_error') {
    return { kind: 'retry-after', seconds: Math.max(1, e.retryAfter ?? 1), error: 'ratelimited' };
  }
  if (e.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? 'unknown_error';
    if (code === 'rate_limited' || code === 'ratelimited') return { kind: 'retry-after', seconds: 1, error: code };
    if (CREDENTIAL.has(code)) throw new AppError('SLACK_AUTH_FAILED', `Slack refused the token: ${code}`, { details: { slackError: code } });
    if (PERMANENT.has(code)) return { kind: 'permanent', error: code };
  }
  return undefined;
}

/** The error's Slack code for logs and the audit log (never its request, which holds the token). */
export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; message?: string };
  return e.data?.error ?? (e.statusCode !== undefined ? `http_${e.statusCode}` : (e.code ?? 'unknown_error'));
}
