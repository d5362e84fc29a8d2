/**
 * Injected failures and per-method rate limits. Faults are queued per method (or `*` for any
 * method) and consumed in order, so a test can script "429, then 500, then success".
 */
export type FakeFault =
  /**
   * Slack's real rate limit: HTTP 429, `Retry-After` in seconds (default 1), body
   * `{ok:false,error:"ratelimited"}`. `retryAfter: null` drops the header, which makes the SDK give up at once.
   */
  | { status: 429; retryAfter?: number | null }
  /** A platform error: HTTP 200 `{ok:false, error}`, plus any extra body fields. */
  | { error: string; extra?: Record<string, unknown> }
  /** Anything else a proxy or an outage produces; the SDK retries these per `retryConfig`. */
  | { status: number };

export interface FailNextOptions {
  /** How many consecutive calls fail; default 1. */
  count?: number;
  /**
   * Run the method (store, delete, emit events) and only then answer with the fault: the
   * "Slack did it but the client never heard" case, which is what makes blind retries double-post.
   */
  afterSideEffects?: boolean;
}

export interface TakenFault {
  fault: FakeFault;
  afterSideEffects: boolean;
}

export interface FaultReply {
  status: number;
  headers: Record<string, string>;
  body: { ok: false; error: string } & Record<string, unknown>;
}

const WINDOW_MS = 60_000;

export class FaultInjector {
  readonly #queued = new Map<string, { fault: FakeFault; remaining: number; afterSideEffects: boolean }[]>();
  readonly #limits = new Map<string, number>();
  readonly #windows = new Map<string, number[]>();

  failNext(method: string, fault: FakeFault, options: FailNextOptions = {}): void {
    const count = options.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error('fake slack: failNext count must be a positive integer');
    const queue = this.#queued.get(method) ?? [];
    queue.push({ fault, remaining: count, afterSideEffects: options.afterSideEffects ?? false });
    this.#queued.set(method, queue);
  }

  take(method: string): TakenFault | undefined {
    for (const key of [method, '*']) {
      const queue = this.#queued.get(key);
      const head = queue?.[0];
      if (queue === undefined || head === undefined) continue;
      head.remaining -= 1;
      if (head.remaining === 0) queue.shift();
      return { fault: head.fault, afterSideEffects: head.afterSideEffects };
    }
    return undefined;
  }

  /** `undefined` removes the limit. */
  setRateLimit(method: string, perMinute: number | undefined): void {
    if (perMinute === undefined) {
      this.#limits.delete(method);
      this.#windows.delete(method);
      return;
    }
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error('fake slack: perMinute must be a positive integer');
    this.#limits.set(method, perMinute);
  }

  /** Counts the call against the method's sliding minute; returns the Retry-After seconds when over. */
  admit(method: string, nowMs: number): number | undefined {
    const limit = this.#limits.get(method);
    if (limit === undefined) return undefined;
    const window = (this.#windows.get(method) ?? []).filter((at) => at > nowMs - WINDOW_MS);
    this.#windows.set(method, window);
    const oldest = window[0];
    if (window.length >= limit && oldest !== undefined) {
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - nowMs) / 1000));
    }
    window.push(nowMs);
    return undefined;
  }

  reset(): void {
    this.#queued.clear();
    this.#limits.clear();
    this.#windows.clear();
  }
}

export function faultReply(fault: FakeFault): FaultReply {
  if ('error' in fault) return { status: 200, headers: {}, body: { ...fault.extra, ok: false, error: fault.error } };
  if (fault.status === 429) {
    const retryAfter = 'retryAfter' in fault && fault.retryAfter !== undefined ? fault.retryAfter : 1;
    const headers: Record<string, string> = retryAfter === null ? {} : { 'retry-after': String(retryAfter) };
    return { status: 429, headers, body: { ok: false, error: 'ratelimited' } };
  }
  return {
    status: fault.status,
    headers: {},
    body: { ok: false, error: fault.status === 503 ? 'service_unavailable' : 'internal_error' },
  };
}
