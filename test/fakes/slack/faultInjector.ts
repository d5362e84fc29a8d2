/**
 * Injected failures, per-method rate limits and gates. Faults are queued per method (or `*` for any
 * method) and consumed in order, so a test can script "429, then 500, then no answer, then success".
 * A gate (`hold`) makes calls wait before Slack acts on them until the test releases it: a slow
 * Slack whose slowness is a condition the test controls, never a timer.
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
  | { status: number }
  /**
   * No answer at all: the request is read and left open until the client gives up (the SDK's
   * `timeout`) or the fake closes. Slack is not told, so nothing is done.
   */
  | { hang: true };

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

export interface HoldOptions {
  /** How many calls the gate stops; later ones pass. Default: every call until `release()`. */
  count?: number;
}

/** A gate in front of one method: calls wait there, unprocessed, until `release()`. */
export interface FakeHold {
  /** Calls waiting at the gate now. */
  readonly waiting: number;
  /** Resolves once `count` calls are waiting at the gate at the same time. */
  whenWaiting(count: number): Promise<void>;
  /** Lets every waiting call through, in the order they came, and opens the gate for good. */
  release(): void;
}

const WINDOW_MS = 60_000;

class Gate implements FakeHold {
  #remaining: number;
  #open = false;
  readonly #waiting: Array<() => void> = [];
  readonly #watchers = new Set<() => void>();

  constructor(count: number) {
    this.#remaining = count;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** A promise to wait on when this gate stops the call, else undefined. */
  enter(): Promise<void> | undefined {
    if (this.#open || this.#remaining === 0) return undefined;
    this.#remaining -= 1;
    const entered = new Promise<void>((resolve) => this.#waiting.push(resolve));
    for (const watch of [...this.#watchers]) watch();
    return entered;
  }

  get exhausted(): boolean {
    return this.#open || (this.#remaining === 0 && this.#waiting.length === 0);
  }

  whenWaiting(count: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const watch = () => {
        if (this.#waiting.length < count) return;
        this.#watchers.delete(watch);
        resolve();
      };
      this.#watchers.add(watch);
      watch();
    });
  }

  release(): void {
    this.#open = true;
    for (const pass of this.#waiting.splice(0)) pass();
  }
}

export class FaultInjector {
  readonly #queued = new Map<string, { fault: FakeFault; remaining: number; afterSideEffects: boolean }[]>();
  readonly #limits = new Map<string, number>();
  readonly #windows = new Map<string, number[]>();
  readonly #gates = new Map<string, Gate[]>();

  failNext(method: string, fault: FakeFault, options: FailNextOptions = {}): void {
    const count = options.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error('fake slack: failNext count must be a positive integer');
    const queue = this.#queued.get(method) ?? [];
    queue.push({ fault, remaining: count, afterSideEffects: options.afterSideEffects ?? false });
    this.#queued.set(method, queue);
  }

  /**
   * Consumes the next fault for `method` when it is `{ hang: true }`; true then, and the caller
   * leaves the request unanswered. Any other next fault stays queued for `take`.
   */
  takeHang(method: string): boolean {
    for (const key of [method, '*']) {
      const head = this.#queued.get(key)?.[0];
      if (head === undefined) continue;
      if (!('hang' in head.fault)) return false;
      this.take(method);
      return true;
    }
    return false;
  }

  /** Puts a gate in front of `method` (a Web API name, or `files.download` for the file host). */
  hold(method: string, options: HoldOptions = {}): FakeHold {
    const count = options.count ?? Number.POSITIVE_INFINITY;
    if (!(count >= 1)) throw new Error('fake slack: hold count must be at least 1');
    const gate = new Gate(count);
    const gates = this.#gates.get(method) ?? [];
    gates.push(gate);
    this.#gates.set(method, gates);
    return gate;
  }

  /** Where a call to `method` must wait first, if a gate stops it. */
  gate(method: string): Promise<void> | undefined {
    const gates = (this.#gates.get(method) ?? []).filter((g) => !g.exhausted);
    this.#gates.set(method, gates);
    for (const gate of gates) {
      const entered = gate.enter();
      if (entered !== undefined) return entered;
    }
    return undefined;
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

  /** Also releases every gate, so no call stays stuck behind a finished test. */
  reset(): void {
    for (const gates of this.#gates.values()) for (const gate of gates) gate.release();
    this.#gates.clear();
    this.#queued.clear();
    this.#limits.clear();
    this.#windows.clear();
  }
}

export function faultReply(fault: FakeFault): FaultReply {
  if ('hang' in fault) throw new Error('fake slack: a hang fault has no reply (check takeHang first)');
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
