import type pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startQueue } from '../../src/queue/startQueue.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPostgres } from '../../src/store/openPostgres.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { databaseUrl, runPidOf, runPrefix, TEST_DB_PREFIX, withAdmin } from './postgresAdmin.ts';
import { testConfig } from './testConfig.ts';

/**
 * Builds one migrated template database per run (our schema and pg-boss's), which each integration
 * test file then clones: creating a database from a template takes milliseconds, migrating one
 * takes far longer (graphile-worker's approach). Databases left by runs that are no longer alive
 * are dropped here; this run's are dropped when it ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const TEMPLATE_DB = `${runPrefix()}template`;
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${TEST_DB_PREFIX}%`,
    ]);
    for (const { datname } of rows) {
      const pid = runPidOf(datname);
      if (pid !== undefined && pid !== process.pid && isAlive(pid)) continue;
      await dropDatabase(admin, datname);
    }
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  });
  const url = databaseUrl(TEMPLATE_DB);
  const db = openPostgres(url, { max: 2 });
  try {
    await migrate(db);
    const boss = await startQueue(db, testConfig({ DATABASE_URL: url }), createLogger('silent'));
    await boss.stop({ graceful: false, close: true });
  } finally {
    await db.close();
  }
  await withAdmin((admin) => admin.query(`ALTER DATABASE "${TEMPLATE_DB}" IS_TEMPLATE true`));
  project.provide('templateDatabase', TEMPLATE_DB);
  project.provide('testDatabasePrefix', runPrefix());
  return async () => {
    await withAdmin(async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
        `${runPrefix()}%`,
      ]);
      for (const { datname } of rows) await dropDatabase(admin, datname);
    });
  };
}

async function dropDatabase(admin: pg.Client, datname: string): Promise<void> {
  await admin.query(`ALTER DATABASE "${datname}" IS_TEMPLATE false`).catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists as another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    testDatabasePrefix: string;
  }
}
