import type { JobView } from '../queue/jobView.ts';
import type { QueueStatus } from '../queue/queueStatus.ts';

/** `jobs list`: one line per job, newest first; ids in full, since they are what the other commands take. */
export function formatJobTable(jobs: readonly JobView[]): string {
  if (jobs.length === 0) return 'No jobs match.\n';
  const rows = jobs.map((j) => [
    j.id,
    j.source === null ? j.queue : `${j.queue}<-${j.source.queue}`,
    j.state,
    j.kind,
    `${j.attempts}/${j.maxAttempts ?? '-'}`,
    j.data.itemId ?? '',
    j.finishedAt ?? j.startedAt ?? j.createdAt,
    j.error?.code ?? j.result ?? '',
  ]);
  return table(['ID', 'QUEUE', 'STATE', 'KIND', 'ATTEMPTS', 'ITEM', 'LAST CHANGE', 'ERROR/RESULT'], rows);
}

/** `jobs show`: every field, then the attempt history. */
export function formatJob(job: JobView): string {
  const lines = [
    `id:          ${job.id}`,
    `queue:       ${job.queue}${job.source === null ? '' : ` (from ${job.source.queue}, job ${job.source.jobId})`}`,
    `state:       ${job.state}`,
    `kind:        ${job.kind}`,
    `data:        ${JSON.stringify(job.data)}`,
    `attempts:    ${job.attempts}${job.maxAttempts === null ? '' : ` of ${job.maxAttempts}`}`,
    `priority:    ${job.priority}`,
    `created:     ${job.createdAt}`,
    `run after:   ${job.runAfter}`,
    `started:     ${job.startedAt ?? '-'}`,
    `finished:    ${job.finishedAt ?? '-'}`,
  ];
  if (job.result !== null) lines.push(`result:      ${job.result}`);
  if (job.error !== null) lines.push(`error:       ${job.error.code}: ${job.error.message}`);
  if (job.deadLetterId) lines.push(`dead letter: ${job.deadLetterId} (retry or discard either id)`);
  if (job.errors.length > 0) {
    lines.push('history:');
    for (const e of job.errors) lines.push(`  attempt ${e.attempt}  ${e.at}  ${e.code}: ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `queues list`. */
export function formatQueueTable(queues: readonly QueueStatus[]): string {
  const rows = queues.map((q) => [
    q.name,
    q.paused ? 'paused' : q.concurrency === 0 ? '-' : 'running',
    q.concurrency === q.configuredConcurrency ? String(q.concurrency) : `${q.concurrency} (configured ${q.configuredConcurrency})`,
    String(q.counts.queued),
    String(q.counts.deferred),
    String(q.counts.active),
    String(q.counts.failed),
    q.control === null ? '' : `${q.control.updatedBy} ${q.control.updatedAt}`,
  ]);
  return table(['QUEUE', 'STATE', 'CONCURRENCY', 'QUEUED', 'DEFERRED', 'ACTIVE', 'FAILED', 'CHANGED BY'], rows);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
