import { runAdminCommand, TARGET_USAGE, usageError, type AdminIo } from './adminCommandIo.ts';
import { formatQueueTable } from './formatJobs.ts';

export const QUEUES_USAGE = `Usage: pii-detector queues <list|pause|resume|scale> [options]

  queues list                 every queue: paused or running, concurrency, counts
  queues pause <queue>        stop fetching on every worker process (running jobs finish; new jobs wait)
  queues resume <queue>       start fetching again
  queues scale <queue> <n>    run n batches at once per worker process (1-256); "default" goes back
                              to QUEUE_<QUEUE>_CONCURRENCY

The queues: events, actions, maintenance. A change is stored in the database, so it reaches every
process on the store within QUEUE_CONTROL_POLL_SECONDS and outlives restarts; /health shows it.

${TARGET_USAGE}`;

/** `pii-detector queues …`: pause, resume and scale at run time (queue/queueControls.ts). */
export function runQueuesCommand(argv: readonly string[], io: AdminIo): Promise<number> {
  return runAdminCommand(argv, io, QUEUES_USAGE, {}, async ({ values, positionals }, open) => {
    const [sub, name, arg, ...rest] = positionals;
    if (rest.length > 0) throw usageError(`unexpected ${rest.join(' ')}`);
    const json = values.json === true;
    const print = (value: unknown, human: string) => io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : human);
    switch (sub) {
      case undefined:
      case 'list': {
        if (name !== undefined) throw usageError('queues list takes no arguments');
        const queues = await (await open()).operations.listQueues();
        print({ queues }, formatQueueTable(queues));
        return 0;
      }
      case 'pause':
      case 'resume': {
        if (name === undefined || arg !== undefined) throw usageError(`queues ${sub} takes one queue name`);
        const ops = (await open()).operations;
        const status = sub === 'pause' ? await ops.pauseQueue(name) : await ops.resumeQueue(name);
        print(status, `Queue ${name} ${sub === 'pause' ? 'paused' : 'resumed'}.\n`);
        return 0;
      }
      case 'scale': {
        if (name === undefined || arg === undefined) throw usageError('queues scale takes a queue name and a concurrency');
        const concurrency = arg === 'default' ? null : Number(arg);
        if (concurrency !== null && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)) {
          throw usageError('the concurrency must be a whole number from 1 to 256, or "default"');
        }
        const status = await (await open()).operations.scaleQueue(name, concurrency);
        print(status, `Queue ${name} runs ${status.concurrency} batch${status.concurrency === 1 ? '' : 'es'} at once per process.\n`);
        return 0;
      }
      default:
        throw usageError(`unknown queues command: ${sub}`);
    }
  });
}
