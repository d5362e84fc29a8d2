import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);

/**
 * The installed version of a package (or of this project, for `.`), read from its package.json on
 * disk: some packages' `exports` do not expose `package.json` to `require`.
 */
export function packageVersion(name: string): string {
  const file = name === '.' ? new URL('package.json', ROOT) : new URL(`node_modules/${name}/package.json`, ROOT);
  try {
    return (JSON.parse(readFileSync(fileURLToPath(file), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
