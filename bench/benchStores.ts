import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startQueue } from '../src/queue/startQueue.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPglite } from '../src/store/openPglite.ts';
import { openPostgres } from '../src/store/openPostgres.ts';
import { createLogger } from '../src/telemetry/logger.ts';
import { databaseUrl, withAdmin } from '../test/support/postgresAdmin.ts';
import { benchConfig } from './benchService.ts';

export type StoreKind = 'pglite' | 'postgres';

/** Where one benchmark run keeps its data: a fresh database on the server, or a fresh PGlite dir. */
export interface BenchStore {
  kind: StoreKind;
  /** Set for postgres; unset means the embedded store in `dataDir` (as the service decides). */
  databaseUrl: string | undefined;
  dataDir: string;
  dispose(): Promise<void>;
}

const PREFIX = 'piid_bench_';

/**
 * Fresh, already migrated stores for every run, cheaply: one migrated template per kind (a
 * template database on the server, a closed PGlite data directory), cloned per run. Every run then
 * starts on empty tables without paying for migrations, and no run sees the rows of the one before.
 */
export class BenchStores {
  readonly #root: string;
  readonly #templateDb: string;
  readonly #pgliteTemplate: string;
  readonly #kinds: readonly StoreKind[];

  private constructor(root: string, kinds: readonly StoreKind[]) {
    this.#root = root;
    this.#kinds = kinds;
    this.#templateDb = `${PREFIX}template_${randomBytes(4).toString('hex')}`;
    this.#pgliteTemplate = path.join(root, 'pglite-template');
  }

  static async prepare(kinds: readonly StoreKind[]): Promise<BenchStores> {
    const stores = new BenchStores(await mkdtemp(path.join(tmpdir(), 'piid-bench-')), kinds);
    try {
      if (kinds.includes('pglite')) await stores.#preparePglite();
      if (kinds.includes('postgres')) await stores.#preparePostgres();
    } catch (error) {
      await stores.close();
      throw error;
    }
    return stores;
  }

  async fresh(kind: StoreKind): Promise<BenchStore> {
    const dataDir = await mkdtemp(path.join(this.#root, `${kind}-`));
    if (kind === 'pglite') {
      await cp(this.#pgliteTemplate, path.join(dataDir, 'pglite'), { recursive: true });
      return { kind, databaseUrl: undefined, dataDir, dispose: () => rm(dataDir, { recursive: true, force: true }) };
    }
    const name = `${PREFIX}${randomBytes(6).toString('hex')}`;
    await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${this.#templateDb}"`));
    return {
      kind,
      databaseUrl: databaseUrl(name),
      dataDir,
      dispose: async () => {
        await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }

  /** Drops the template database and removes every temp directory. */
  async close(): Promise<void> {
    if (this.#kinds.includes('postgres')) {
      await withAdmin(async (admin) => {
        await admin.query(`ALTER DATABASE "${this.#templateDb}" IS_TEMPLATE false`).catch(() => {});
        await admin.query(`DROP DATABASE IF EXISTS "${this.#templateDb}" WITH (FORCE)`);
      });
    }
    await rm(this.#root, { recursive: true, force: true });
  }

  async #preparePglite(): Promise<void> {
    const db = await openPglite(this.#pgliteTemplate);
    try {
      await migrate(db);
      const boss = await startQueue(db, benchConfig({ DATA_DIR: this.#root }), createLogger('silent'));
      await boss.stop({ graceful: false, close: true });
    } finally {
      await db.close();
    }
  }

  async #preparePostgres(): Promise<void> {
    await withAdmin((admin) => admin.query(`CREATE DATABASE "${this.#templateDb}"`));
    const url = databaseUrl(this.#templateDb);
    const db = openPostgres(url, { max: 2 });
    try {
      await migrate(db);
      const boss = await startQueue(db, benchConfig({ DATABASE_URL: url }), createLogger('silent'));
      await boss.stop({ graceful: false, close: true });
    } finally {
      await db.close();
    }
    await withAdmin((admin) => admin.query(`ALTER DATABASE "${this.#templateDb}" IS_TEMPLATE true`));
  }
}

/** Server and library versions for the report. */
export async function storeVersions(): Promise<{ postgres: string; pglite: string }> {
  const postgres = await withAdmin(async (admin) => (await admin.query<{ version: string }>('SELECT version()')).rows[0]?.version ?? '?');
  const dir = await mkdtemp(path.join(tmpdir(), 'piid-bench-version-'));
  try {
    const db = await openPglite(dir);
    try {
      const { rows } = await db.query<{ version: string }>('SELECT version()');
      return { postgres, pglite: rows[0]?.version ?? '?' };
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
