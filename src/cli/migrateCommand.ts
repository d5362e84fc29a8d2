import { loadConfig } from '../config/config.ts';
import { startQueue } from '../queue/startQueue.ts';
import { migrate } from '../store/migrate.ts';
import { openStore } from '../store/openStore.ts';
import { createLogger } from '../telemetry/logger.ts';

/** `pii-detector migrate`: our migrations, pg-boss's schema and the queues, then exit. */
export async function migrateCommand(): Promise<number> {
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
