/**
 * What one platform action came to. Jobs turn these into state: `done` moves the item on,
 * `retry-after` reschedules without counting an attempt (the platform asked us to wait), and
 * `permanent` ends in a recorded failure instead of burning retries on something that cannot work.
 * Anything else (network errors, 5xx) is thrown and retried with backoff by the queue.
 */
export type ActionOutcome<T = Record<string, unknown>> =
  | { kind: 'done'; detail: T }
  | { kind: 'retry-after'; seconds: number; error: string }
  | { kind: 'permanent'; error: string };
