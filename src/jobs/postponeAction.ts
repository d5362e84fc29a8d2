import { transitionItem, type Item } from '../store/projections/items.ts';
import { QUEUES } from '../queue/queueNames.ts';
import type { ActionJobData, JobDeps } from './jobDeps.ts';

/**
 * The platform asked us to wait (HTTP 429 + Retry-After). That is not a failure, so it must not use
 * up an attempt: the same job is queued again for after the wait, in the same transaction that
 * records why, and the current job completes. `content` keeps progress made before the 429 (files
 * already deleted), so the rerun does not redo it.
 */
export async function postponeAction(
  deps: JobDeps,
  item: Item,
  data: ActionJobData,
  seconds: number,
  error: string,
  content?: Buffer,
): Promise<string> {
  const result = await postpone(deps, item, { queue: QUEUES.actions, data, step: data.action }, seconds, error, content);
  deps.events?.emit('action:outcome', { action: ACTION_NAMES[data.action], outcome: 'postponed', code: error });
  return result;
}

const ACTION_NAMES = { delete_files: 'delete_file', delete: 'delete_message', notify: 'notify_author' } as const;

/** The same for the scan (a 429 from `files.info` or a file download). */
export async function postponeScan(deps: JobDeps, item: Item, data: { itemId: string }, seconds: number, error: string): Promise<string> {
  return postpone(deps, item, { queue: QUEUES.events, data: { itemId: data.itemId }, step: 'scan' }, seconds, error);
}

async function postpone(
  deps: JobDeps,
  item: Item,
  job: { queue: string; data: object; step: string },
  seconds: number,
  error: string,
  content?: Buffer,
): Promise<string> {
  await deps.db.transaction(async (tx) => {
    await transitionItem(tx, {
      id: item.id,
      fromVersion: item.version,
      status: item.status,
      ...(content === undefined ? {} : { content }),
      events: [{ type: 'ActionPostponed', data: { action: job.step, retryAfterSeconds: seconds, error } }],
    });
    await deps.boss.send(job.queue, job.data, { db: tx, startAfter: seconds });
  });
  return `postponed:${seconds}s`;
}
