import { describe, expect, it } from 'vitest';
import { jobFailureOutput } from './jobFailure.ts';

const failure = (attempt: number, code = 'INTERNAL') => ({ attempt, at: `2025-06-01T10:00:0${attempt}.000Z`, code, message: `attempt ${attempt} failed` });

describe('jobFailureOutput', () => {
  it('carries the history of earlier attempts forward, oldest first', () => {
    const first = jobFailureOutput(null, failure(1));
    expect(first).toEqual({ code: 'INTERNAL', message: 'attempt 1 failed', errors: [failure(1)] });
    const second = jobFailureOutput(first, failure(2, 'STALE_ITEM'));
    expect(second).toMatchObject({ code: 'STALE_ITEM', errors: [failure(1), failure(2, 'STALE_ITEM')] });
  });

  it("records an attempt pg-boss ended (its worker lost) from pg-boss's own output", () => {
    const out = jobFailureOutput({ value: { message: 'job heartbeat timeout' } }, failure(3));
    expect(out.errors.map((e) => [e.attempt, e.code])).toEqual([
      [2, 'WORKER_LOST'],
      [3, 'INTERNAL'],
    ]);
  });

  it('keeps the output bounded: the last 20 failures, messages clipped', () => {
    let output: unknown = null;
    for (let attempt = 1; attempt <= 30; attempt++) output = jobFailureOutput(output, { ...failure(attempt), message: 'x'.repeat(2000) });
    const errors = (output as { errors: { attempt: number; message: string }[] }).errors;
    expect(errors).toHaveLength(20);
    expect(errors[0]?.attempt).toBe(11);
    expect(errors[0]?.message.length).toBeLessThanOrEqual(501);
  });
});
