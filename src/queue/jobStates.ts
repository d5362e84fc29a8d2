import { QUEUES } from './queueNames.ts';

/**
 * The job states operators see (CLI, API, docs/job-lifecycle.md): Oban's words, plus `dead` for a
 * job waiting in the dead-letter queue. Each is a predicate over pg-boss's row (`state`,
 * `start_after`, queue name); pg-boss's own state names are accepted as filters too.
 *
 * | ours       | pg-boss                            | BullMQ    |
 * | scheduled  | created, start_after in the future | delayed   |
 * | available  | created, due                       | waiting   |
 * | executing  | active                             | active    |
 * | retryable  | retry (waiting out its backoff)    | delayed   |
 * | completed  | completed                          | completed |
 * | cancelled  | cancelled (an operator discarded it) | —       |
 * | failed     | failed (Oban: discarded)           | failed    |
 * | dead       | created/retry in `dead_letter`     | failed    |
 */
export const JOB_STATES = ['scheduled', 'available', 'executing', 'retryable', 'completed', 'cancelled', 'failed', 'dead'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** pg-boss's names and Oban's `discarded`, accepted as filters for the state they mean here. */
const ALIASES: Readonly<Record<string, JobState>> = {
  created: 'available',
  active: 'executing',
  retry: 'retryable',
  discarded: 'failed',
  waiting: 'available',
  delayed: 'scheduled',
  dead_letter: 'dead',
};

/** The state a filter names, or undefined when it names none. */
export function parseJobState(name: string): JobState | undefined {
  const lower = name.trim().toLowerCase();
  return (JOB_STATES as readonly string[]).includes(lower) ? (lower as JobState) : ALIASES[lower];
}

const DLQ = `'${QUEUES.deadLetter}'`;

/** SQL computing a row's state (table alias `j`, pg-boss's `job` table). */
export const JOB_STATE_SQL = `CASE
    WHEN j.name = ${DLQ} AND j.state IN ('created', 'retry') THEN 'dead'
    WHEN j.state = 'created' AND j.start_after > now() THEN 'scheduled'
    WHEN j.state = 'created' THEN 'available'
    WHEN j.state = 'retry' THEN 'retryable'
    WHEN j.state = 'active' THEN 'executing'
    ELSE j.state::text
  END`;

/** SQL predicate selecting one state (alias `j`), the same cases as JOB_STATE_SQL. */
export function jobStatePredicate(state: JobState): string {
  const notDlq = `j.name <> ${DLQ}`;
  switch (state) {
    case 'dead':
      return `(j.name = ${DLQ} AND j.state IN ('created', 'retry'))`;
    case 'scheduled':
      return `(${notDlq} AND j.state = 'created' AND j.start_after > now())`;
    case 'available':
      return `(${notDlq} AND j.state = 'created' AND j.start_after <= now())`;
    case 'retryable':
      return `(${notDlq} AND j.state = 'retry')`;
    case 'executing':
      return `j.state = 'active'`;
    case 'completed':
    case 'cancelled':
    case 'failed':
      return `j.state = '${state}'`;
  }
}
