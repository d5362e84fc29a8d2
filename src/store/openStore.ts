import path from 'node:path';
import type { Db } from './db.ts';
import { openPglite } from './openPglite.ts';
import { openPostgres } from './openPostgres.ts';

/** A Postgres server when `databaseUrl` is set, otherwise the embedded store under `dataDir/pglite`. */
export async function openStore(options: { databaseUrl: string | undefined; dataDir: string }): Promise<Db> {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl);
  return openPglite(path.join(options.dataDir, 'pglite'));
}
