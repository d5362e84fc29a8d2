import type { FakeWorkspace, TokenRecord } from '../fakeWorkspace.ts';
import type { InnerEvent } from '../messageEvents.ts';

/** The contract between the HTTP layer and one fake Web API method. */

export type ApiBody = { ok: boolean } & Record<string, unknown>;

export interface ApiCallContext {
  workspace: FakeWorkspace;
  args: Record<string, unknown>;
  caller: TokenRecord;
  /** JSON-valued fields (`blocks`, `attachments`, `metadata`) that arrived but did not parse. */
  undecodable: readonly string[];
}

export interface ApiResult {
  body: ApiBody;
  /** Events Slack would send the app because of this call (our echo, `message_deleted`, …). */
  events?: InnerEvent[];
}

export interface ApiMethod {
  name: string;
  /** Sent as `x-accepted-oauth-scopes`, which the SDK copies into `response_metadata.acceptedScopes`. */
  acceptedScopes: readonly string[];
  /** The scope this particular call needs, or undefined when any valid token will do. */
  neededScope(args: Record<string, unknown>): string | undefined;
  handle(ctx: ApiCallContext): ApiResult;
}

export function fail(error: string, extra: Record<string, unknown> = {}): ApiResult {
  return { body: { ok: false, error, ...extra } };
}

/** Form posts carry every value as a string; JSON posts may carry numbers or booleans. */
export function stringArg(args: Record<string, unknown>, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function booleanArg(args: Record<string, unknown>, name: string): boolean {
  const value = args[name];
  return value === true || value === 'true' || value === '1' || value === 1;
}
