/**
 * A case-insensitive pattern for context words, for `hasNearbyContext`. Phrases match with any
 * run of spaces between their words. A word boundary is required only where the word begins or
 * ends with a letter or digit of a script that separates words with spaces: Korean particles and
 * Thai run on without one ("주민등록번호는", "เลขบัตรประชาชน2345...").
 */
export function contextPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => {
    const body = word.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    const before = /^[\p{Script=Latin}\p{N}]/u.test(word) ? '(?<![\\p{L}\\p{N}_])' : '';
    const after = /[\p{Script=Latin}\p{N}]$/u.test(word) ? '(?![\\p{L}\\p{N}_])' : '';
    return `${before}${body}${after}`;
  });
  return new RegExp(`(?:${alternatives.join('|')})`, 'iu');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
