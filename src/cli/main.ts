import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { isAppError } from '../core/appError.ts';
import { createService } from '../main.ts';
import { startQueue } from '../queue/startQueue.ts';
import { migrate } from '../store/migrate.ts';
import { openStore } from '../store/openStore.ts';
import { createLogger } from '../telemetry/logger.ts';

const USAGE = `Usage: pii-detector <command>

Commands:
  start      Run the service (HTTP receiver + workers). Configured by environment variables,
             see docs/configuration.md. Without DATABASE_URL it runs on the embedded store in DATA_DIR.
  migrate    Apply our migrations and pg-boss's schema, create the queues, and exit.
  help       Show this text.
`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const command = positionals[0] ?? 'help';
  switch (command) {
    case 'start':
      return start();
    case 'migrate':
      return runMigrate();
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

async function start(): Promise<number> {
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

async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const db = await openStore(config);
  try {
    const { applied, current } = await migrate(db);
    // pg-boss installs or upgrades its own schema on start; starting it once here does that and
    // creates the queues, so a deploy can migrate before any web or worker process starts.
    const boss = await startQueue(db, config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
    await boss.stop({ graceful: false, close: true });
    console.log(
      (applied.length > 0 ? `Applied: ${applied.join(', ')}. ` : 'Nothing to apply. ') +
        `Schema version ${current}; queue schema and queues ready (store: ${db.kind}).`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  },
);
