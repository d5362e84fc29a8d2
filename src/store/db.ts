import type { PGlite } from '@electric-sql/pglite';

export interface QueryResult<R> {
  rows: R[];
}

/** What any SQL caller needs: one statement with `$n` parameters. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /**
   * The same connection in the shape pg-boss takes as its `db` option, so a job sent through it
   * commits or rolls back with the caller's transaction ("event stored + job queued" is one commit).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg-boss's IDatabase types rows as any[]
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export type Tx = Queryable;

interface DbBase extends Queryable {
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** A cheap round trip, for health checks. */
  ping(): Promise<void>;
}

export interface PostgresDb extends DbBase {
  kind: 'postgres';
  connectionString: string;
}

export interface PgliteDb extends DbBase {
  kind: 'pglite';
  dataDir: string;
  /** The instance itself, for pg-boss's PGlite adapter; everything else goes through this interface. */
  pglite: PGlite;
}

/** The one small store interface, over `pg` (a server) and over PGlite (embedded). */
export type Db = PostgresDb | PgliteDb;
