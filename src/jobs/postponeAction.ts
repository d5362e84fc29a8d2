import { transitionItem, type Item } from '../store/projections/items.ts';
import { QUEUES } from '../queue/queueNames.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';

/**
 * The platform asked us to wait (HTTP 429 + Retry-After). That is not a failure, so it must not use
 * up an attempt: the same action is queued again for after the wait, in the same transaction that
 * records why, and the current job completes.
 */
export async function postponeAction(deps: JobDeps, item: Item, data: ActionJobData, seconds: number, error: string): Promise<string> {
  await deps.db.transaction(async (tx) => {
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: item.status,
      events: [{ type: 'ActionPostponed', data: { action: data.action, retryAfterSeconds: seconds, error } }],
    });
    await deps.boss.send(QUEUES.actions, data, { db: tx, startAfter: seconds });
  });
  return `postponed:${seconds}s`;
}
