import type { WebClient } from '@slack/web-api';
import type { PgBoss } from 'pg-boss';
import type { SlackFileSettings } from '../config/config.ts';
import type { SlackIdentity } from '../core/slackIdentity.ts';
import type { Detector } from '../detect/detector.ts';
import type { Db } from '../store/db.ts';
import type { Sealer } from '../store/sealing.ts';
import type { JobEvents } from '../telemetry/jobEvents.ts';
import type { Logger } from '../telemetry/logger.ts';

/** Everything a job handler may touch. Tokens live here, never in job data. */
export interface JobDeps {
  db: Db;
  boss: PgBoss;
  sealer: Sealer;
  detector: Detector;
  logger: Logger;
  /** Where handlers report each Slack action's outcome (`action:outcome`, for the metrics); absent in unit tests. */
  events?: JobEvents;
  slack: {
    client: WebClient;
    botToken: string | undefined;
    adminToken: string | undefined;
    identity: () => SlackIdentity;
    /** Where file downloads may go, and their limits (SLACK_FILE_*). */
    files: SlackFileSettings;
  };
}

export type ActionJobData = { itemId: string; action: 'delete_files' | 'delete' | 'notify' };

/** Which attempt of its job a handler is running, so the last one can record instead of fail. */
export interface JobAttempt {
  retryCount: number;
  /** No retry follows this attempt: a transient error now ends in the dead-letter queue. */
  lastAttempt: boolean;
  /** Aborts when the job expires or the worker stops. */
  signal?: AbortSignal;
}

export const FIRST_ATTEMPT: JobAttempt = Object.freeze({ retryCount: 0, lastAttempt: false });
