import { describe, expect, it } from 'vitest';
import { parseJobState } from './jobStates.ts';
import { readFailure, toJobView, type JobRow } from './jobView.ts';
import { parseSince } from './parseSince.ts';

const row = (over: Partial<JobRow>): JobRow => ({
  id: '6f1c2c1e-1d2b-4c8e-9a55-0f4e1f0b2a11',
  name: 'actions',
  view_state: 'failed',
  data: { itemId: 'Ev1', action: 'delete' },
  priority: 0,
  retry_count: 2,
  retry_limit: 2,
  created_on: '2025-06-01T10:00:00Z',
  start_after: '2025-06-01T10:00:00Z',
  started_on: '2025-06-01T10:00:01Z',
  completed_on: '2025-06-01T10:00:09Z',
  output: null,
  source_name: null,
  source_id: null,
  source_retry_count: null,
  source_output: null,
  ...over,
});

describe('toJobView', () => {
  it('shows only the ids of a payload, whatever else it holds', () => {
    const view = toJobView(row({ data: { itemId: 'Ev1', action: 'delete', text: 'my card is 4539…', token: 'xoxb-1' } }));
    expect(view.data).toEqual({ itemId: 'Ev1', action: 'delete' });
    expect(JSON.stringify(view)).not.toMatch(/4539|xoxb/);
  });

  it('counts attempts from pg-boss retry_count, and reads a dead letter from its source columns', () => {
    expect(toJobView(row({}))).toMatchObject({ attempts: 3, maxAttempts: 3, kind: 'delete' });
    expect(toJobView(row({ view_state: 'available', started_on: null, retry_count: 0 }))).toMatchObject({ attempts: 0 });
    const dead = toJobView(
      row({
        name: 'dead_letter',
        view_state: 'dead',
        source_name: 'events',
        source_id: 'a1',
        source_retry_count: 0,
        data: { itemId: 'Ev2' },
        source_output: { code: 'ITEM_NOT_FOUND', message: 'Item Ev2 does not exist', errors: [{ attempt: 1, at: '2025-06-01T10:00:02.000Z', code: 'ITEM_NOT_FOUND', message: 'Item Ev2 does not exist' }] },
      }),
    );
    expect(dead).toMatchObject({ kind: 'scan', attempts: 1, maxAttempts: null, source: { queue: 'events', jobId: 'a1' }, error: { code: 'ITEM_NOT_FOUND' } });
    expect(dead.errors).toHaveLength(1);
  });
});

describe('readFailure', () => {
  it("names pg-boss's own failures", () => {
    expect(readFailure({ value: { message: 'job heartbeat timeout' } }).last).toEqual({ code: 'WORKER_LOST', message: 'job heartbeat timeout' });
    expect(readFailure({ value: { message: 'job timed out' } }).last?.code).toBe('JOB_EXPIRED');
    expect(readFailure({ result: 'notified' })).toEqual({ last: null, history: [] });
    expect(readFailure(null)).toEqual({ last: null, history: [] });
  });
});

describe('parseJobState', () => {
  it("accepts our words, pg-boss's and Oban's", () => {
    expect(['dead', 'created', 'active', 'retry', 'discarded', 'Scheduled'].map(parseJobState)).toEqual(['dead', 'available', 'executing', 'retryable', 'failed', 'scheduled']);
    expect(parseJobState('sleeping')).toBeUndefined();
  });
});

describe('parseSince', () => {
  const now = new Date('2025-06-10T12:00:00Z');
  it('reads durations back from now and ISO dates', () => {
    expect(parseSince('90s', now).toISOString()).toBe('2025-06-10T11:58:30.000Z');
    expect(parseSince('2h', now).toISOString()).toBe('2025-06-10T10:00:00.000Z');
    expect(parseSince('7d', now).toISOString()).toBe('2025-06-03T12:00:00.000Z');
    expect(parseSince('2025-06-01T08:00:00Z', now).toISOString()).toBe('2025-06-01T08:00:00.000Z');
  });
  it('refuses anything else with PARAMETERS_INVALID', () => {
    for (const bad of ['yesterday', '2h30m', '-1h', '2025-13-45']) expect(() => parseSince(bad, now), bad).toThrow(/since: must be/);
  });
});
