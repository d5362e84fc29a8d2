import { loadConfig } from '../config/config.ts';
import { createService } from '../main.ts';

/** Past the shutdown timeout, how long closing the store may take before the process gives up on it. */
const CLOSE_GRACE_MS = 5_000;

/**
 * `pii-detector start`: the service until SIGTERM or SIGINT, then a graceful stop (main.ts →
 * stopService.ts: no new work, running jobs and open requests get SHUTDOWN_TIMEOUT_SECONDS, the
 * store closes last) and exit code 0. A second signal during the stop exits at once with 128 +
 * the signal's number (the shell's convention, 130 for Ctrl-C twice); jobs still running are then
 * rescued like those of a crashed worker. A stop that overruns the timeout by CLOSE_GRACE_MS exits 1.
 */
export async function startCommand(): Promise<number> {
  const config = loadConfig();
  const service = await createService(config);
  const address = await service.listen();
  service.logger.info(
    { address, store: service.db.kind, dataDir: service.db.kind === 'pglite' ? service.db.dataDir : undefined },
    `pii-detector listening on ${address} (store: ${service.db.kind})`,
  );
  // pino writes asynchronously: flushed first, the last lines are neither lost nor reordered at exit.
  const exit = (code: number) => service.logger.flush(() => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      service.logger.warn({ event: 'shutdown.forced', signal }, 'second signal: exiting now without waiting');
      exit(128 + signalNumber(signal));
      return;
    }
    stopping = true;
    service.logger.info({ signal }, 'shutting down');
    // A stop that hangs (a store that never answers its close) must not keep the process forever.
    setTimeout(() => {
      service.logger.error({ event: 'shutdown.overdue' }, 'shutdown did not finish in time; exiting');
      exit(1);
    }, config.shutdown.timeoutMs + CLOSE_GRACE_MS).unref();
    service.stop().then(
      () => exit(0),
      (error: unknown) => {
        service.logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return new Promise<number>(() => {});
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : 15;
}
