/**
 * The scheduled upkeep, each a job on the `maintenance` queue with `{ task }` as its data (Oban's
 * Pruner and the content retention of docs/architecture.md). The rescue of jobs whose worker died
 * is pg-boss's supervisor (heartbeats), not a task here: it must run even when this queue is paused.
 */
export const MAINTENANCE_TASKS = ['prune_jobs', 'expire_content'] as const;
export type MaintenanceTask = (typeof MAINTENANCE_TASKS)[number];

export interface MaintenanceJobData {
  task: MaintenanceTask;
}
