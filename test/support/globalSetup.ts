import type { TestProject } from 'vitest/node';
import { startQueue } from '../../src/queue/startQueue.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPostgres } from '../../src/store/openPostgres.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { databaseUrl, TEMPLATE_DB, TEST_DB_PREFIX, withAdmin } from './postgresAdmin.ts';
import { testConfig } from './testConfig.ts';

/**
 * Builds one migrated template database per run (our schema and pg-boss's), which each integration
 * test file then clones: creating a database from a template takes milliseconds, migrating one
 * takes far longer (graphile-worker's approach). Databases left by earlier runs are dropped here.
 */
export default async function setup(project: TestProject): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`${TEST_DB_PREFIX}%`, TEMPLATE_DB],
    );
    for (const { datname } of rows) {
      await admin.query(`ALTER DATABASE "${datname}" IS_TEMPLATE false`).catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
