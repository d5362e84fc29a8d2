import { readdir, readFile } from 'node:fs/promises';
import type { Db } from './db.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const version = Number(file.slice(0, 4));
    if (migrations.some((m) => m.version === version)) throw new Error(`Two migrations share version ${version}`);
    migrations.push({ version, name: file.replace(/\.sql$/, ''), sql: await readFile(new URL(file, migrationsDir), 'utf8') });
  }
  return migrations;
}

/**
 * Applies the numbered migrations that the ledger lacks, each in its own transaction with its
 * ledger row inserted first: two processes migrating at once collide on the ledger's primary key,
 * and the loser, after the winner commits, sees the migration as done (as graphile-worker does).
 * A database newer than this code is refused rather than run on.
 */
export async function migrate(db: Db): Promise<{ applied: string[]; current: number }> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const migrations = await loadMigrations();
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
    if (done.rows.length > 0) continue;
    try {
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await tx.executeSql(migration.sql);
      });
      applied.push(migration.name);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') continue; // another process applied it
      throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  const { rows } = await db.query<{ max: number | null }>('SELECT max(version) AS max FROM schema_migrations');
  const current = Number(rows[0]?.max ?? 0);
  if (current > latestKnown) {
    throw new Error(`The database schema is at version ${current}, newer than this release knows (${latestKnown}); upgrade pii-detector.`);
  }
  return { applied, current };
}
