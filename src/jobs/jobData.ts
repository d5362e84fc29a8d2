import { z } from 'zod';
import { AppError } from '../core/appError.ts';
import { MAINTENANCE_TASKS, type MaintenanceJobData } from '../queue/maintenanceTasks.ts';
import type { WorkQueueName } from '../queue/queueNames.ts';
import type { ActionJobData } from './jobDeps.ts';

/**
 * What each queue's payload must look like. A payload that does not fit can never succeed, so it
 * is dead-lettered on its first attempt (JOB_DATA_INVALID) instead of burning retries; the message
 * names the fields, never their values.
 */
const schemas = {
  events: z.object({ itemId: z.string().min(1).max(200) }),
  actions: z.object({ itemId: z.string().min(1).max(200), action: z.enum(['delete_files', 'delete', 'notify']) }),
  maintenance: z.object({ task: z.enum(MAINTENANCE_TASKS) }),
} satisfies Record<WorkQueueName, z.ZodType>;

export interface JobDataByQueue {
  events: { itemId: string };
  actions: ActionJobData;
  maintenance: MaintenanceJobData;
}

export function parseJobData<Q extends WorkQueueName>(queue: Q, data: unknown): JobDataByQueue[Q] {
  const parsed = schemas[queue].safeParse(data);
  if (parsed.success) return parsed.data as JobDataByQueue[Q];
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`);
  throw new AppError('JOB_DATA_INVALID', `The ${queue} job's payload is not valid (${fields.join('; ')})`);
}

/** What a job does, read from its payload without trusting it: `scan`, the action or the task. */
export function jobKind(queue: WorkQueueName, data: unknown): string {
  if (queue === 'events') return 'scan';
  const d = (data ?? {}) as { action?: unknown; task?: unknown };
  const kind = queue === 'actions' ? d.action : d.task;
  return typeof kind === 'string' && kind.length <= 40 ? kind : 'unknown';
}
