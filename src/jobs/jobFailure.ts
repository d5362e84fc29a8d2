import { readFailure, type JobError } from '../queue/jobView.ts';

/** Oldest entries are dropped past this, so a job retried many times keeps a bounded output. */
const MAX_HISTORY = 20;
const MAX_MESSAGE = 500;

/**
 * The output a failed attempt leaves on its job: the error, and every failure so far (Oban's
 * `errors`). pg-boss keeps one output per job, so the history is carried forward from the previous
 * output, which the worker fetches with the job. When pg-boss itself ended the previous attempt
 * (its worker died: heartbeat lost, or expired), pg-boss replaced the output with its own message:
 * that attempt is recorded as WORKER_LOST / JOB_EXPIRED and what came before it is not known.
 */
export function jobFailureOutput(previousOutput: unknown, failure: JobError): { code: string; message: string; errors: JobError[] } {
  const entry = { ...failure, message: clip(failure.message) };
  return { code: entry.code, message: entry.message, errors: [...priorFailures(previousOutput, failure.attempt), entry].slice(-MAX_HISTORY) };
}

/** The failures recorded before this attempt, including a lost one pg-boss ended. */
export function priorFailures(previousOutput: unknown, attempt: number): JobError[] {
  const { last, history } = readFailure(previousOutput);
  if (history.length > 0 || last === null) return history;
  // pg-boss's own output: no history, one failure of the attempt before this one.
  return [{ attempt: attempt - 1, at: new Date().toISOString(), code: last.code, message: last.message }];
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}
