import { EventEmitter } from 'node:events';

export interface JobEventMap {
  /** A job finished its run (completed, or failed into a retry or the dead-letter queue). */
  'job:stop': [{ queue: string; jobId: string; name: string; attempt: number; durationMs: number; status: 'completed' | 'failed' | 'deadletter'; result: string }];
}

/**
 * In-process job lifecycle events, the way Oban's telemetry spans are used: operators get log lines
 * from them, and tests wait on them instead of sleeping.
 */
export class JobEvents extends EventEmitter<JobEventMap> {}
