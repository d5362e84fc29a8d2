import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { storeVersions } from './benchStores.ts';

export interface Environment {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  pgBoss: string;
  pglite: string;
  pgliteServer: string;
  postgres: string;
  fastify: string;
  autocannon: string;
  date: string;
  /** 1/5/15-minute load averages when the run started: other work on the machine shows here. */
  loadAverage: string;
  /** The commit measured, and whether src/ had uncommitted changes. */
  commit: string;
}

function describeCommit(): string {
  try {
    const root = new URL('..', import.meta.url);
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes in src/` : head;
  } catch {
    return 'unknown';
  }
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

export async function describeEnvironment(): Promise<Environment> {
  const versions = await storeVersions();
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pgBoss: packageVersion('pg-boss'),
    pglite: packageVersion('@electric-sql/pglite'),
    pgliteServer: versions.pglite,
    postgres: versions.postgres,
    fastify: packageVersion('fastify'),
    autocannon: packageVersion('autocannon'),
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    commit: describeCommit(),
  };
}
