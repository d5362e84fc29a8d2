import { PgBoss, fromPglite } from 'pg-boss';
import { loadConfig } from '../config/config.ts';
import { AppError } from '../core/appError.ts';
import { localJobOperations, type JobOperations } from '../queue/jobOperations.ts';
import { openStore } from '../store/openStore.ts';
import { createLogger } from '../telemetry/logger.ts';
import { httpJobOperations } from './httpJobOperations.ts';

export interface AdminTarget {
  operations: JobOperations;
  /** Where the commands went, for messages: the URL or the store kind. */
  describe: string;
  close(): Promise<void>;
}

export interface TargetOptions {
  /** `--url` (or PII_DETECTOR_URL): a running service's admin API. */
  url: string | undefined;
  /** `--direct`: open the embedded store even so (only safe while the service is stopped). */
  direct: boolean;
  env: Record<string, string | undefined>;
}

/**
 * Where `jobs`/`queues` commands act:
 * - `--url` → the admin API of a running service, with ADMIN_API_TOKEN;
 * - DATABASE_URL → the Postgres store directly, beside any running processes (the changes reach
 *   them: queue controls through the shared table, jobs through pg-boss);
 * - neither → the embedded store would have to be opened by a second process, which PGlite does
 *   not survive (one process per data directory, no lock), so it is refused unless `--direct`
 *   says the service is stopped.
 */
export async function openAdminTarget(options: TargetOptions): Promise<AdminTarget> {
  const url = options.url ?? options.env.PII_DETECTOR_URL;
  if (url !== undefined && url !== '') {
    const token = options.env.ADMIN_API_TOKEN;
    if (token === undefined || token === '') throw new AppError('CLI_ARGUMENTS_INVALID', 'set ADMIN_API_TOKEN to the service\u2019s admin token to use --url');
    return { operations: httpJobOperations(url, token), describe: url, close: async () => {} };
  }
  const config = loadConfig(options.env);
  if (config.databaseUrl === undefined && !options.direct) {
    throw new AppError(
      'CLI_ARGUMENTS_INVALID',
      'the embedded store (DATA_DIR/pglite) belongs to the running service, and a second process must not open it: ' +
        'pass --url http://127.0.0.1:3000 with ADMIN_API_TOKEN set, or --direct while the service is stopped',
    );
  }
  const db = await openStore(config);
  // A client only: no supervisor, no cron, no schema changes (`pii-detector migrate` does those).
  const common = { schema: 'pgboss', supervise: false, schedule: false, migrate: false } as const;
  const boss =
    db.kind === 'pglite'
      ? new PgBoss({ ...common, db: fromPglite(db.pglite), backend: 'pglite' })
      : new PgBoss({ ...common, connectionString: db.connectionString, max: 2, application_name: 'pii-detector-cli' });
  try {
    await boss.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  // Operator actions are logged like the API's (to stderr, so stdout stays the command's output).
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  return {
    operations: localJobOperations({ db, boss, config, logger, actor: 'cli' }),
    describe: db.kind,
    async close() {
      await boss.stop({ graceful: false, close: true });
      await db.close();
    },
  };
}
