import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE, resolveEncryptionKey } from './encryptionKey.ts';

describe('resolveEncryptionKey', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'piid-key-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prefers ENCRYPTION_KEY and writes nothing', async () => {
    const env = randomBytes(32).toString('base64');
    const { key, source } = await resolveEncryptionKey({ encryptionKey: env, dataDir });
    expect(source).toBe('env');
    expect(key.toString('base64')).toBe(env);
    await expect(stat(path.join(dataDir, KEY_FILE))).rejects.toThrow();
  });

  it('generates a key on first start, owner-readable only, and keeps it across starts', async () => {
    const first = await resolveEncryptionKey({ encryptionKey: undefined, dataDir });
    expect(first.source).toBe('generated');
    expect(first.key.length).toBe(32);
    expect((await stat(path.join(dataDir, KEY_FILE))).mode & 0o777).toBe(0o600);
    const second = await resolveEncryptionKey({ encryptionKey: undefined, dataDir });
    expect(second.source).toBe('data-dir');
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('refuses a damaged key file instead of silently replacing it', async () => {
    await writeFile(path.join(dataDir, KEY_FILE), 'too-short');
    await expect(resolveEncryptionKey({ encryptionKey: undefined, dataDir })).rejects.toThrow(/32-byte/);
  });
});
