import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { openPglite } from '../../src/store/openPglite.ts';
import { openPostgres } from '../../src/store/openPostgres.ts';
import { databaseUrl, withAdmin } from './postgresAdmin.ts';

export type StoreKind = 'postgres' | 'pglite';
export const STORE_KINDS: readonly StoreKind[] = ['postgres', 'pglite'];

export interface TestStore {
  kind: StoreKind;
  /** Set for postgres: the clone's URL, for config and for pg-boss's own pool. */
  databaseUrl: string | undefined;
  dataDir: string;
  open(): Promise<Db>;
  /** Drops the clone / removes the data dir. */
  dispose(): Promise<void>;
}

/**
 * A fresh store of the given kind: a clone of the migrated template database on the Postgres
 * server, or a new PGlite data directory. Both are the real thing; nothing is imitated in memory.
 */
export async function createTestStore(kind: StoreKind): Promise<TestStore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'piid-test-'));
  if (kind === 'pglite') {
    return {
      kind,
      databaseUrl: undefined,
      dataDir,
      open: () => openPglite(path.join(dataDir, 'pglite')),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `${inject('testDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`));
  const url = databaseUrl(name);
  return {
    kind,
    databaseUrl: url,
    dataDir,
    open: async () => openPostgres(url),
    dispose: async () => {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
