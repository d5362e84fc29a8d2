import { EventEmitter } from 'node:events';

/** How a job run ended, as pg-boss settles it. */
export type JobRunStatus = 'completed' | 'failed' | 'deadletter';

/** Which Slack action an outcome is about. */
export type SlackAction = 'delete_message' | 'delete_file' | 'notify_author';

/**
 * What Slack made of one action: `done`, `already_gone` (deleted meanwhile: counts as done),
 * `failed` (a permanent error, `code` is Slack's), `postponed` (429: re-queued after Retry-After).
 */
export type SlackActionOutcome = 'done' | 'already_gone' | 'failed' | 'postponed';

export interface JobEventMap {
  /** A job run began (after its payload was read). */
  'job:start': [{ queue: string; jobId: string; name: string; attempt: number }];
  /** A job finished its run (completed, or failed into a retry or the dead-letter queue). */
  'job:stop': [{ queue: string; jobId: string; name: string; attempt: number; durationMs: number; status: JobRunStatus; result: string }];
  /**
   * The run threw. `next` says what follows: another attempt, or the dead-letter queue (a
   * non-retryable error, or the last attempt). Emitted before the run's `job:stop`.
   */
  'job:exception': [{ queue: string; jobId: string; name: string; attempt: number; durationMs: number; code: string; next: 'retry' | 'dead_letter' }];
  /** One Slack action of a job, once its outcome is committed. */
  'action:outcome': [{ action: SlackAction; outcome: SlackActionOutcome; code?: string }];
}

/**
 * In-process job lifecycle events, the way Oban's telemetry spans are used: the metrics
 * (telemetry/telemetry.ts) are fed from them, and tests wait on them instead of sleeping. The
 * catalogue of every event, with its log line and metrics, is docs/telemetry.md.
 */
export class JobEvents extends EventEmitter<JobEventMap> {}
