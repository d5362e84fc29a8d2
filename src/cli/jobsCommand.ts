import { AppError } from '../core/appError.ts';
import type { JobFilter } from '../queue/findJobs.ts';
import { JOB_STATES, parseJobState } from '../queue/jobStates.ts';
import { parseSince } from '../queue/parseSince.ts';
import { runAdminCommand, TARGET_USAGE, usageError, type AdminIo } from './adminCommandIo.ts';
import { formatJob, formatJobTable } from './formatJobs.ts';

export const JOBS_USAGE = `Usage: pii-detector jobs <list|show|retry|discard> [options]

  jobs list [--queue Q] [--state S] [--since T] [--limit N]
                      jobs, newest first (default 50, at most 1000)
  jobs show <id>      one job: state, attempts, error and the history of its failed attempts
  jobs retry <id>     run it again: a dead letter goes back to its queue with fresh attempts, a
                      failed or cancelled job runs once more
  jobs retry (--queue Q | --state S | --since T)... | --all
                      every job the filter selects (state default: dead); --all = every dead letter
  jobs discard <id>   give up on a waiting job or a dead letter: it becomes cancelled (kept, visible)
  jobs discard (--queue Q | --state S | --since T)... | --all
                      every job the filter selects (state default: dead)

Filters:
  --queue Q           events, actions, maintenance or dead_letter; a dead letter also matches the
                      queue it came from
  --state S           ${JOB_STATES.join(', ')}
                      (pg-boss's created, retry, active and Oban's discarded are understood too)
  --since T           last change at or after T: 30m, 2h, 7d, or an ISO date

${TARGET_USAGE}
Exit status: 0 done, 1 the operation failed (the message says why), 2 bad arguments.
States and what moves a job between them: docs/job-lifecycle.md.
`;

const OPTIONS = {
  queue: { type: 'string' },
  state: { type: 'string' },
  since: { type: 'string' },
  limit: { type: 'string' },
  all: { type: 'boolean', default: false },
} as const;

/** `pii-detector jobs …`: the dead-letter operations (queue/jobOperations.ts) from a terminal. */
export function runJobsCommand(argv: readonly string[], io: AdminIo): Promise<number> {
  return runAdminCommand(argv, io, JOBS_USAGE, OPTIONS, async ({ values, positionals }, open) => {
    const [sub, id, ...rest] = positionals;
    if (rest.length > 0) throw usageError(`unexpected ${rest.join(' ')}`);
    const filter = toFilter(values);
    const hasFilter = Object.keys(filter).length > 0;
    const json = values.json === true;
    const out = (value: unknown, human: string) => io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : human);
    switch (sub) {
      case 'list': {
        if (id !== undefined || values.all === true) throw usageError('jobs list takes filters, not an id or --all');
        const limit = values.limit === undefined ? undefined : Number(values.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 1000)) throw usageError('--limit must be a whole number from 1 to 1000');
        const jobs = await (await open()).operations.listJobs(filter, limit);
        out({ jobs }, formatJobTable(jobs));
        return 0;
      }
      case 'show': {
        if (id === undefined || hasFilter || values.all === true) throw usageError('jobs show takes one job id');
        const job = await (await open()).operations.getJob(id);
        out(job, formatJob(job));
        return 0;
      }
      case 'retry':
      case 'discard': {
        const ops = () => open().then((t) => t.operations);
        const verb = sub === 'retry' ? 'Retried' : 'Discarded';
        if (id !== undefined) {
          if (hasFilter || values.all === true) throw usageError(`jobs ${sub} takes an id or filters, not both`);
          const result = sub === 'retry' ? await (await ops()).retryJob(id) : await (await ops()).discardJob(id);
          out(result, `${verb} ${id}.\n`);
          return 0;
        }
        if (!hasFilter && values.all !== true) throw usageError(`jobs ${sub} needs a job id, filters, or --all`);
        if (hasFilter && values.all === true) throw usageError('--all and filters do not go together');
        if (sub === 'retry') {
          const result = await (await ops()).retryJobs(filter);
          out(result, `${verb} ${result.retried} job${result.retried === 1 ? '' : 's'}.\n`);
        } else {
          const result = await (await ops()).discardJobs(filter);
          out(result, `${verb} ${result.discarded} job${result.discarded === 1 ? '' : 's'}.\n`);
        }
        return 0;
      }
      case undefined:
        io.stdout.write(JOBS_USAGE);
        return 0;
      default:
        throw usageError(`unknown jobs command: ${sub}`);
    }
  });
}

function toFilter(values: Record<string, string | boolean | undefined>): JobFilter {
  const filter: JobFilter = {};
  if (typeof values.queue === 'string') filter.queue = values.queue;
  if (typeof values.state === 'string') {
    const state = parseJobState(values.state);
    if (state === undefined) throw usageError(`--state must be one of ${JOB_STATES.join(', ')}`);
    filter.state = state;
  }
  if (typeof values.since === 'string') {
    try {
      filter.since = parseSince(values.since, new Date());
    } catch (error) {
      throw usageError(`--${(error as AppError).message}`);
    }
  }
  return filter;
}
