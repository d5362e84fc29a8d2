/**
 * Fake credentials for tests, assembled at run time from a seeded generator, so that no string in
 * the repository looks like a live token to a secret scanner (or to this project's own detector)
 * while the tests still see the exact layouts vendors issue.
 */
export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const HEX = '0123456789abcdef';

/** A deterministic random string: the same seed gives the same string in every run. */
export function fakeRandom(alphabet: string, length: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: good enough to look random, and reproducible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet.charAt(state % alphabet.length);
  }
  return out;
}

/** Joins parts, so a vendor prefix never sits next to its random part in the source. */
export function join(...parts: readonly string[]): string {
  return parts.join('');
}
