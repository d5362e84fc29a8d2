import { z } from 'zod';
import { AppError } from '../core/appError.ts';
import type { JobFilter } from '../queue/findJobs.ts';
import { JOB_STATES, parseJobState } from '../queue/jobStates.ts';
import { parseSince } from '../queue/parseSince.ts';

/** Query and body fields naming jobs: `queue`, `state`, `since`, as the CLI's flags. */
export const jobFilterFields = {
  queue: z.string().min(1).max(100).optional(),
  state: z.string().min(1).max(40).optional(),
  since: z.string().min(1).max(40).optional(),
};

export function toJobFilter(fields: { queue?: string | undefined; state?: string | undefined; since?: string | undefined }, now: Date): JobFilter {
  const filter: JobFilter = {};
  if (fields.queue !== undefined) filter.queue = fields.queue;
  if (fields.state !== undefined) {
    const state = parseJobState(fields.state);
    if (state === undefined) throw new AppError('PARAMETERS_INVALID', `state: must be one of ${JOB_STATES.join(', ')} (or pg-boss's created, retry, active)`);
    filter.state = state;
  }
  if (fields.since !== undefined) filter.since = parseSince(fields.since, now);
  return filter;
}

/** Parses with zod and turns a failure into 400 PARAMETERS_INVALID naming each field. */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new AppError('PARAMETERS_INVALID', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
}
