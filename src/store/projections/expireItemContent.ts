import type { Queryable } from '../db.ts';
import { FINAL_STATUSES } from './items.ts';

const BATCH = 500;

export interface ContentExpiry {
  /** Final items that still had content (should be none: final transitions drop it). */
  final: number;
  /** Items stuck past the retention, now `failed` with reason `content_expired`. */
  expired: number;
}

/**
 * Erases sealed content the pipeline no longer needs, item by item with an audit event each
 * (`ContentErased`, with why and the status it had):
 * - a final item that somehow kept its content loses it, nothing else changes;
 * - an item that has not moved for `retentionSeconds` (its job dead-lettered, or waiting in a
 *   paused queue) loses it and becomes `failed` / `content_expired`: without its content no step
 *   can run any more, so the item says so instead of looking in progress.
 * The version bump makes a job still holding the old version fail its own write and re-read.
 */
export async function expireItemContent(db: Queryable, retentionSeconds: number): Promise<ContentExpiry> {
  const result: ContentExpiry = { final: 0, expired: 0 };
  for (;;) {
    const { rows } = await db.query<{ reason: 'final' | 'retention'; n: number }>(
      `WITH due AS (
         SELECT id, status AS previous FROM items
         WHERE content IS NOT NULL
           AND (status = ANY($1) OR updated_at < now() - $2 * interval '1s')
         ORDER BY updated_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       ), erased AS (
         UPDATE items i SET
           content = NULL,
           status = CASE WHEN due.previous = ANY($1) THEN i.status ELSE 'failed' END,
           reason = CASE WHEN due.previous = ANY($1) THEN i.reason ELSE 'content_expired' END,
           version = i.version + 1,
           updated_at = now()
         FROM due WHERE i.id = due.id
         RETURNING i.id, i.version, due.previous, CASE WHEN due.previous = ANY($1) THEN 'final' ELSE 'retention' END AS reason
       ), logged AS (
         INSERT INTO audit_log (stream_id, stream_version, type, data, correlation_id)
         SELECT id, version, 'ContentErased', jsonb_build_object('reason', reason, 'previousStatus', previous), id FROM erased
         RETURNING 1
       )
       SELECT reason, count(*)::int AS n FROM erased GROUP BY reason`,
      [FINAL_STATUSES, retentionSeconds, BATCH],
    );
    let batch = 0;
    for (const r of rows) {
      result[r.reason === 'final' ? 'final' : 'expired'] += r.n;
      batch += r.n;
    }
    if (batch < BATCH) break;
  }
  return result;
}
