import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';

/**
 * Local part: letters (any script), digits and the usual specials, not starting or ending with a
 * dot. Domain: dot-separated labels of letters, digits and inner hyphens, ending in an alphabetic or
 * punycode (`xn--`) top-level label. Quoted local parts and IP-literal domains are left out: they do
 * not occur in chat.
 */
export const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+'-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}]|:[\w/~])/giu;

/** EMAIL tried at one position only. */
const EMAIL_HERE = new RegExp(EMAIL.source, `${EMAIL.flags.replace('g', '')}y`);
/** What a local part is made of (EMAIL's lookbehind and local-part characters). */
const LOCAL_PART_CHAR = /^[\p{L}\p{N}._%+'-]$/u;

/** Validated structure (a real top-level label) is strong evidence on its own. */
const SCORE = 0.95;

/** E-mail addresses. `git@github.com:org/repo` (an SSH remote, not a mailbox) is not one. */
export const emailRecognizer: Recognizer = {
  name: 'email',
  labels: ['EMAIL'],
  mayMatch: (features) => features.at > 0,
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    forEachAddress(text, (match) => {
      // Two dots in a row are never valid in an unquoted address.
      if (match[0].includes('..')) return;
      findings.push({
        start: match.index,
        end: match.index + match[0].length,
        label: 'EMAIL',
        score: SCORE,
        recognizer: 'email',
      });
    });
    return findings;
  },
};

/**
 * The matches of EMAIL, as its global scan would find them, tried only where one can start: every
 * match holds an "@", and EMAIL's lookbehind lets a match start only where the local-part
 * characters before that "@" begin. Scanning for EMAIL itself tries every position of every word
 * and rescans the word from each, which dominated this recognizer's cost.
 */
function forEachAddress(text: string, visit: (match: RegExpExecArray) => void): void {
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; ) {
    let start = at;
    for (let size = localCharBefore(text, start); size > 0 && start - size >= from; size = localCharBefore(text, start)) start -= size;
    EMAIL_HERE.lastIndex = start;
    const match = EMAIL_HERE.exec(text);
    if (match) {
      visit(match);
      from = match.index + match[0].length;
      at = text.indexOf('@', Math.max(from, at + 1));
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
}

/** The length (1, or 2 for a surrogate pair) of the local-part character ending at `end`, or 0. */
function localCharBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const low = text.charCodeAt(end - 1);
  const size = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1;
  return LOCAL_PART_CHAR.test(text.slice(end - size, end)) ? size : 0;
}
