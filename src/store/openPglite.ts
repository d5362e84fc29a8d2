import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { PgliteDb, Queryable } from './db.ts';

/**
 * The embedded store: real PostgreSQL compiled to WASM, in-process, persisted in `dataDir`.
 * One process only (PGlite has a single connection), and it does not fsync: production runs on a
 * Postgres server (docs/architecture.md).
 */
export async function openPglite(dataDir: string): Promise<PgliteDb> {
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);

  const asQueryable = (run: PGlite | Transaction): Queryable => ({
    query: async (sql, params) => {
      const result = await run.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as never[] };
    },
    executeSql: async (text, values) => {
      if (values?.length) return { rows: (await run.query(text, values)).rows as never[] };
      // Parameterless texts from pg-boss may hold several statements, which only exec() accepts.
      const results = await run.exec(text);
      return { rows: results.flatMap((r) => r.rows) as never[] };
    },
  });

  return {
    kind: 'pglite',
    dataDir,
    pglite,
    ...asQueryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(asQueryable(tx))),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async ping() {
      await pglite.query('SELECT 1');
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
