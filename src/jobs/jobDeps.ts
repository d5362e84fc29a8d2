import type { WebClient } from '@slack/web-api';
import type { PgBoss } from 'pg-boss';
import type { SlackIdentity } from '../core/slackIdentity.ts';
import type { Detector } from '../detect/detector.ts';
import type { Db } from '../store/db.ts';
import type { Sealer } from '../store/sealing.ts';
import type { Logger } from '../telemetry/logger.ts';

/** Everything a job handler may touch. Tokens live here, never in job data. */
export interface JobDeps {
  db: Db;
  boss: PgBoss;
  sealer: Sealer;
  detector: Detector;
  logger: Logger;
  slack: {
    client: WebClient;
    botToken: string | undefined;
    adminToken: string | undefined;
    identity: () => SlackIdentity;
  };
}

export type ActionJobData = { itemId: string; action: 'delete' | 'notify' };
