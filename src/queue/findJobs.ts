import type { Queryable } from '../store/db.ts';
import { JOB_STATE_SQL, jobStatePredicate, type JobState } from './jobStates.ts';
import { JOB_VIEW_COLUMNS, toJobView, type JobRow, type JobView } from './jobView.ts';
import { JOB_QUEUES, QUEUES } from './queueNames.ts';

/** Which jobs an operator means. Every field narrows; none set means every job of our queues. */
export interface JobFilter {
  /** A queue; for dead letters it matches the queue they came from as well as `dead_letter`. */
  queue?: string;
  state?: JobState;
  /** Jobs whose last transition (created, started or finished) is at or after this. */
  since?: Date;
}

export const MAX_LIST = 1000;

/**
 * Reads pg-boss's job table directly: the views need every state across queues, ordered and
 * filtered by time, which its API (one queue, one id or payload at a time) does not offer. The
 * columns read are pg-boss 12's, pinned to the exact version in package.json.
 */
export async function listJobs(db: Queryable, filter: JobFilter, limit = 50): Promise<JobView[]> {
  const { where, params } = filterSql(filter);
  params.push(Math.min(Math.max(limit, 1), MAX_LIST));
  const { rows } = await db.query<JobRow>(
    `SELECT ${JOB_VIEW_COLUMNS} FROM pgboss.job j
     WHERE ${where}
     ORDER BY COALESCE(j.completed_on, j.started_on, j.created_on) DESC, j.id
     LIMIT $${params.length}`,
    params,
  );
  return rows.map(toJobView);
}

/** The ids of the jobs a filter selects, oldest first (the order they are retried in). */
export async function jobIdsMatching(db: Queryable, filter: JobFilter, limit: number): Promise<{ id: string; queue: string; state: JobState }[]> {
  const { where, params } = filterSql(filter);
  params.push(limit);
  const { rows } = await db.query<{ id: string; name: string; view_state: JobState }>(
    `SELECT j.id, j.name, ${JOB_STATE_SQL} AS view_state FROM pgboss.job j
     WHERE ${where}
     ORDER BY j.created_on, j.id
     LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({ id: r.id, queue: r.name, state: r.view_state }));
}

/** One job by id, with the dead letter a failed job left (if one is still waiting). */
export async function getJob(db: Queryable, id: string): Promise<JobView | null> {
  if (!UUID.test(id)) return null;
  const { rows } = await db.query<JobRow & { dead_letter_id: string | null }>(
    `SELECT ${JOB_VIEW_COLUMNS},
       (SELECT d.id FROM pgboss.job d
        WHERE d.name = $3 AND d.source_id = j.id AND d.state IN ('created', 'retry')
        LIMIT 1) AS dead_letter_id
     FROM pgboss.job j WHERE j.id = $1 AND j.name = ANY($2)`,
    [id, JOB_QUEUES, QUEUES.deadLetter],
  );
  const row = rows[0];
  if (row === undefined) return null;
  const view = toJobView(row);
  return view.state === 'failed' ? { ...view, deadLetterId: row.dead_letter_id } : view;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function filterSql(filter: JobFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [JOB_QUEUES];
  const where = ['j.name = ANY($1)'];
  if (filter.queue !== undefined) {
    params.push(filter.queue);
    where.push(`(j.name = $${params.length} OR (j.name = '${QUEUES.deadLetter}' AND j.source_name = $${params.length}))`);
  }
  if (filter.state !== undefined) where.push(jobStatePredicate(filter.state));
  if (filter.since !== undefined) {
    params.push(filter.since);
    where.push(`COALESCE(j.completed_on, j.started_on, j.created_on) >= $${params.length}`);
  }
  return { where: where.join(' AND '), params };
}
