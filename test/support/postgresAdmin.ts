import pg from 'pg';

/** The server the integration tests use; CI and the dev machines run one on loopback with trust auth. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Every database a test run creates starts with this, then the run's process id. */
export const TEST_DB_PREFIX = 'piid_test_';

/**
 * The names of one run's databases carry its process id, so two runs on one server (a developer's
 * and an editor's, or parallel checkouts) never drop each other's databases.
 */
export function runPrefix(pid: number = process.pid): string {
  return `${TEST_DB_PREFIX}${pid}_`;
}

/** The process id in a test database's name, or undefined for a name from before run prefixes. */
export function runPidOf(datname: string): number | undefined {
  const match = /^piid_test_(\d+)_/.exec(datname);
  return match ? Number(match[1]) : undefined;
}

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
