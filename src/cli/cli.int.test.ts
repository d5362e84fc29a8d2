import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/pii-detector.js', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('pii-detector CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'piid-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('migrate prepares the embedded store, then finds nothing to do', async () => {
    const first = run(['migrate'], { DATA_DIR: dataDir });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 0001_init');
    expect(first.stdout).toContain('store: pglite');
    expect((await stat(path.join(dataDir, 'pglite'))).isDirectory()).toBe(true);
    const second = run(['migrate'], { DATA_DIR: dataDir });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Nothing to apply');
  });

  it('exits 1 naming the bad variable, and 2 on an unknown command', () => {
    const bad = run(['migrate'], { DATA_DIR: dataDir, PORT: 'abc' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('CONFIG_INVALID');
    expect(bad.stderr).toContain('PORT: must be a whole number');
    const unknown = run(['bogus'], {});
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: bogus');
  });
});
