import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const KEY_FILE = 'encryption.key';

/**
 * The key from ENCRYPTION_KEY, or for the embedded store the one kept in DATA_DIR (made on first
 * start, readable by the owner only). Losing that file makes sealed content unreadable, which is
 * survivable: content is only kept until an item is final.
 */
export async function resolveEncryptionKey(options: {
  encryptionKey: string | undefined;
  dataDir: string;
}): Promise<{ key: Buffer; source: 'env' | 'generated' | 'data-dir' }> {
  if (options.encryptionKey !== undefined) return { key: Buffer.from(options.encryptionKey, 'base64'), source: 'env' };
  const file = path.join(options.dataDir, KEY_FILE);
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return { key, source: 'data-dir' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' refuses to overwrite: two first starts racing cannot end up with different keys.
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, source: 'generated' };
}
