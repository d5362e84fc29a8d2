import { faultReply } from './faultInjector.ts';
import type { FaultInjector } from './faultInjector.ts';
import type { CallerKind, CallerLookup, FakeWorkspace } from './fakeWorkspace.ts';
import type { InnerEvent } from './messageEvents.ts';
import { fail } from './methods/apiMethod.ts';
import type { ApiBody, ApiMethod, ApiResult } from './methods/apiMethod.ts';
import { slackApiMethods } from './methods/slackApiMethods.ts';
import type { ParsedApiRequest } from './parseApiRequest.ts';

/**
 * One Web API call from parsed request to HTTP answer, in Slack's order: unknown method, body
 * errors, injected faults and rate limits, authentication, scopes, then the method itself.
 */
export interface DispatchedCall {
  status: number;
  headers: Record<string, string>;
  body: ApiBody;
  events: InnerEvent[];
  caller: CallerKind;
}

export function dispatchApiCall(
  workspace: FakeWorkspace,
  faults: FaultInjector,
  methodName: string,
  request: ParsedApiRequest,
): DispatchedCall {
  const lookup = workspace.lookupToken(request.token);
  const method = slackApiMethods.get(methodName);
  const headers: Record<string, string> = {};
  if ('record' in lookup) headers['x-oauth-scopes'] = [...lookup.record.scopes].join(',');
  if (method !== undefined) headers['x-accepted-oauth-scopes'] = method.acceptedScopes.join(',');

  const answer = (status: number, body: ApiBody, extraHeaders: Record<string, string> = {}, events: InnerEvent[] = []) => ({
    status,
    headers: { ...headers, ...extraHeaders },
    body: status === 200 ? withWarnings(body, request.warnings) : body,
    events,
    caller: lookup.kind,
  });

  if (method === undefined) return answer(200, { ok: false, error: 'unknown_method' });
  if (request.error !== undefined) return answer(200, { ok: false, error: request.error });

  const fault = faults.take(methodName);
  if (fault !== undefined && !fault.afterSideEffects) {
    const reply = faultReply(fault.fault);
    return answer(reply.status, reply.body, reply.headers);
  }
  const retryAfter = faults.admit(methodName, workspace.now());
  if (retryAfter !== undefined) {
    const reply = faultReply({ status: 429, retryAfter });
    return answer(reply.status, reply.body, reply.headers);
  }

  const result = invoke(workspace, method, request, lookup);
  if (fault !== undefined) {
    const reply = faultReply(fault.fault);
    return answer(reply.status, reply.body, reply.headers, result.events);
  }
  return answer(200, result.body, {}, result.events);
}

function invoke(workspace: FakeWorkspace, method: ApiMethod, request: ParsedApiRequest, lookup: CallerLookup): ApiResult {
  if (lookup.kind === 'none') return fail('not_authed');
  if (lookup.kind === 'invalid') return fail('invalid_auth');
  if (lookup.revoked) return fail('token_revoked');
  const needed = method.neededScope(request.args);
  if (needed !== undefined && !lookup.record.scopes.has(needed)) {
    return fail('missing_scope', { needed, provided: [...lookup.record.scopes].join(',') });
  }
  return method.handle({ workspace, args: request.args, caller: lookup.record, undecodable: request.undecodable });
}

/** Slack reports body-encoding warnings both as `warning` and in `response_metadata.warnings`. */
function withWarnings(body: ApiBody, warnings: readonly string[]): ApiBody {
  if (warnings.length === 0) return body;
  const existing = typeof body.warning === 'string' ? body.warning.split(',') : [];
  const all = [...existing, ...warnings];
  const metadata = typeof body.response_metadata === 'object' && body.response_metadata !== null ? body.response_metadata : {};
  return { ...body, warning: all.join(','), response_metadata: { ...metadata, warnings: all } };
}
