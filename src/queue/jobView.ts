import { JOB_STATE_SQL, type JobState } from './jobStates.ts';
import { QUEUES } from './queueNames.ts';

/** One failed attempt, as the worker recorded it (Oban's `errors` entries). */
export interface JobError {
  attempt: number;
  /** ISO time the attempt failed (or was found dead). */
  at: string;
  code: string;
  message: string;
}

/**
 * A job as operators see it (CLI and API). Built from pg-boss's row, never with more than ids from
 * its payload: `data` is reduced to the keys below, so a payload that ever carried something else
 * would not leak it here.
 */
export interface JobView {
  id: string;
  /** The queue the row is in now (`dead_letter` for a dead letter). */
  queue: string;
  state: JobState;
  /** What the job does: `scan`, an action (`delete`, `notify`, …) or a maintenance task. */
  kind: string;
  data: Record<string, string>;
  priority: number;
  /** Attempts started so far (for a dead letter: the attempts its original used). */
  attempts: number;
  /** retryLimit + 1; null for a dead letter (its original's limit is not kept with it). */
  maxAttempts: number | null;
  createdAt: string;
  /** When it may run (start_after): the future for a scheduled or retryable job. */
  runAfter: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The last failure, if the job has failed at all. */
  error: { code: string; message: string } | null;
  /** Every recorded failure, oldest first. */
  errors: JobError[];
  /** What a completed job reported (`notified`, `clean`, `postponed:30s`, …). */
  result: string | null;
  /** For a dead letter: where it came from. */
  source: { queue: string; jobId: string } | null;
  /** For a failed job: the dead letter waiting in `dead_letter`, if any (filled by `show`). */
  deadLetterId?: string | null;
}

/** The only payload keys shown: ids and names that the pipeline puts there, nothing else. */
const SHOWN_DATA_KEYS = ['itemId', 'action', 'task'] as const;
const MAX_MESSAGE = 500;

/** The columns JobView needs (alias `j`). */
export const JOB_VIEW_COLUMNS = `j.id, j.name, ${JOB_STATE_SQL} AS view_state, j.data, j.priority, j.retry_count, j.retry_limit,
  j.created_on, j.start_after, j.started_on, j.completed_on, j.output,
  j.source_name, j.source_id, j.source_retry_count, j.source_output`;

export interface JobRow {
  id: string;
  name: string;
  view_state: JobState;
  data: unknown;
  priority: number;
  retry_count: number;
  retry_limit: number;
  created_on: Date | string;
  start_after: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  output: unknown;
  source_name: string | null;
  source_id: string | null;
  source_retry_count: number | null;
  source_output: unknown;
}

export function toJobView(row: JobRow): JobView {
  const isDead = row.name === QUEUES.deadLetter;
  const data = shownData(row.data);
  const failure = readFailure(isDead ? row.source_output : row.output);
  const completedOutput = row.view_state === 'completed' ? (row.output as { result?: unknown } | null) : null;
  const attempts = isDead ? (row.source_retry_count ?? 0) + 1 : row.started_on === null ? 0 : row.retry_count + 1;
  return {
    id: row.id,
    queue: row.name,
    state: row.view_state,
    kind: kindOf(isDead ? (row.source_name ?? '') : row.name, data),
    data,
    priority: row.priority,
    attempts,
    maxAttempts: isDead ? null : row.retry_limit + 1,
    createdAt: iso(row.created_on),
    runAfter: iso(row.start_after),
    startedAt: row.started_on === null ? null : iso(row.started_on),
    finishedAt: row.completed_on === null ? null : iso(row.completed_on),
    error: failure.last,
    errors: failure.history,
    result: typeof completedOutput?.result === 'string' ? completedOutput.result : null,
    source: isDead && row.source_name !== null && row.source_id !== null ? { queue: row.source_name, jobId: row.source_id } : null,
  };
}

function kindOf(queue: string, data: Record<string, string>): string {
  if (queue === QUEUES.events) return 'scan';
  return data.action ?? data.task ?? queue;
}

function shownData(data: unknown): Record<string, string> {
  const shown: Record<string, string> = {};
  if (data === null || typeof data !== 'object') return shown;
  for (const key of SHOWN_DATA_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length <= 200) shown[key] = value;
  }
  return shown;
}

/**
 * Reads a failure output: ours (`{ code, message, errors }`, jobs/jobFailure.ts) or pg-boss's own
 * (`{ value: { message } }` when it expired a job or lost its heartbeat; `{ message, reason }` for a
 * redrive conflict).
 */
export function readFailure(output: unknown): { last: { code: string; message: string } | null; history: JobError[] } {
  if (output === null || typeof output !== 'object') return { last: null, history: [] };
  const o = output as { code?: unknown; message?: unknown; errors?: unknown; value?: { message?: unknown }; reason?: unknown };
  const history = Array.isArray(o.errors) ? o.errors.filter(isJobError).map(clipError) : [];
  if (typeof o.code === 'string') return { last: { code: o.code, message: clip(String(o.message ?? '')) }, history };
  if (typeof o.value?.message === 'string') return { last: { code: pgBossCode(o.value.message), message: clip(o.value.message) }, history };
  if (typeof o.reason === 'string' && typeof o.message === 'string') return { last: { code: o.reason.toUpperCase(), message: clip(o.message) }, history };
  return { last: null, history };
}

/** pg-boss's own failure messages, named like our codes. */
export function pgBossCode(message: string): string {
  if (message === 'job heartbeat timeout') return 'WORKER_LOST';
  if (message === 'job timed out') return 'JOB_EXPIRED';
  return 'QUEUE_ERROR';
}

function isJobError(e: unknown): e is JobError {
  const x = e as JobError | null;
  return x !== null && typeof x === 'object' && typeof x.attempt === 'number' && typeof x.code === 'string' && typeof x.at === 'string';
}

function clipError(e: JobError): JobError {
  return { attempt: e.attempt, at: e.at, code: e.code, message: clip(String(e.message ?? '')) };
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
