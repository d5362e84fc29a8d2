import { loadConfig } from '../config/config.ts';
import { createService } from '../main.ts';

/** `pii-detector start`: the service until SIGTERM/SIGINT, then a graceful stop. */
export async function startCommand(): Promise<number> {
  const config = loadConfig();
  const service = await createService(config);
  const address = await service.listen();
  service.logger.info(
    { address, store: service.db.kind, dataDir: service.db.kind === 'pglite' ? service.db.dataDir : undefined },
    `pii-detector listening on ${address} (store: ${service.db.kind})`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.logger.info({ signal }, 'shutting down');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        service.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return new Promise<number>(() => {});
}
