import pg from 'pg';
import type { PostgresDb, Queryable } from './db.ts';

// bigint columns (audit positions, counts) come back as strings by default; they fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openPostgres(connectionString: string, options: { max?: number } = {}): PostgresDb {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, application_name: 'pii-detector' });
  // An idle client that loses its server emits 'error' on the pool; unhandled, that kills the process.
  // The next query reports the outage to its caller instead.
  pool.on('error', () => {});

  const asQueryable = (run: pg.Pool | pg.PoolClient): Queryable => ({
    query: async (sql, params) => {
      const result = await run.query(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    executeSql: async (text, values) => {
      const result = await run.query(text, values);
      // A multi-statement text returns one result per statement; pg-boss reads the last one's rows.
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: last?.rows ?? [] };
    },
  });

  return {
    kind: 'postgres',
    connectionString,
    ...asQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // pg-pool removes its idle 'error' listener while a client is checked out, so a connection that
      // drops mid-transaction would emit 'error' with nobody listening and end the process. Keep the
      // error instead: the statement in flight fails on its own, and the client is discarded below.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken ??= error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(asQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken ??= await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: Error) => rollbackError,
        );
        throw error;
      } finally {
        client.off('error', onError);
        // A broken client is destroyed rather than handed to the next caller.
        client.release(broken);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
