import type { Queryable } from '../store/db.ts';

/** What an operator set for one queue at run time; absent fields mean the configured policy. */
export interface QueueControl {
  queue: string;
  paused: boolean;
  /** Per-process concurrency; undefined = configured. */
  concurrency: number | undefined;
  updatedAt: Date;
  updatedBy: string;
}

export type QueueControlChange = { paused: boolean } | { concurrency: number | null };

/** Every queue's run-time control (the `queue_controls` table, migration 0002). */
export async function readQueueControls(db: Queryable): Promise<Map<string, QueueControl>> {
  const { rows } = await db.query<{ queue: string; paused: boolean; concurrency: number | null; updated_at: Date | string; updated_by: string }>(
    'SELECT queue, paused, concurrency, updated_at, updated_by FROM queue_controls',
  );
  return new Map(
    rows.map((r) => [
      r.queue,
      { queue: r.queue, paused: r.paused, concurrency: r.concurrency ?? undefined, updatedAt: new Date(r.updated_at), updatedBy: r.updated_by },
    ]),
  );
}

/**
 * Pauses, resumes or scales a queue for every process on the store. Upserts the one row, so two
 * operators racing leave the last change standing, and returns the row as it now is.
 */
export async function writeQueueControl(db: Queryable, queue: string, change: QueueControlChange, by: string): Promise<QueueControl> {
  const paused = 'paused' in change ? change.paused : null;
  const setsConcurrency = 'concurrency' in change;
  const concurrency = setsConcurrency ? change.concurrency : null;
  const { rows } = await db.query<{ queue: string; paused: boolean; concurrency: number | null; updated_at: Date | string; updated_by: string }>(
    `INSERT INTO queue_controls (queue, paused, concurrency, updated_by)
     VALUES ($1, COALESCE($2, false), $3, $5)
     ON CONFLICT (queue) DO UPDATE SET
       paused = COALESCE($2, queue_controls.paused),
       concurrency = CASE WHEN $4 THEN $3 ELSE queue_controls.concurrency END,
       updated_at = now(),
       updated_by = $5
     RETURNING queue, paused, concurrency, updated_at, updated_by`,
    [queue, paused, concurrency, setsConcurrency, by],
  );
  const r = rows[0]!;
  return { queue: r.queue, paused: r.paused, concurrency: r.concurrency ?? undefined, updatedAt: new Date(r.updated_at), updatedBy: r.updated_by };
}
