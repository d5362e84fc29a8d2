import type { Config } from '../config/config.ts';
import type { MaintenanceJobData } from '../queue/maintenanceTasks.ts';
import { pruneJobs } from '../queue/pruneJobs.ts';
import { expireItemContent } from '../store/projections/expireItemContent.ts';
import type { JobDeps } from './jobDeps.ts';

/**
 * `maintenance` queue: one scheduled task per job (MAINTENANCE_CRON, queue/startQueue.ts). Each
 * logs what it did at info level, also when it did nothing, so the log shows the schedule is alive.
 */
export async function runMaintenanceTask(deps: JobDeps, config: Readonly<Config>, data: MaintenanceJobData): Promise<string> {
  switch (data.task) {
    case 'prune_jobs': {
      const { deleted, total } = await pruneJobs(deps.db);
      deps.logger.info({ task: data.task, deleted, total }, 'maintenance: pruned jobs past retention');
      return `pruned:${total}`;
    }
    case 'expire_content': {
      const erased = await expireItemContent(deps.db, config.retention.contentSeconds);
      deps.logger.info({ task: data.task, ...erased, retentionSeconds: config.retention.contentSeconds }, 'maintenance: erased item content');
      return `erased:${erased.final + erased.expired}`;
    }
  }
}
