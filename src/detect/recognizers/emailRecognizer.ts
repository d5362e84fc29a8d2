import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';

/**
 * Local part: letters (any script), digits and the usual specials, not starting or ending with a
 * dot. Domain: dot-separated labels of letters, digits and inner hyphens, ending in an alphabetic or
 * punycode (`xn--`) top-level label. Quoted local parts and IP-literal domains are left out: they do
 * not occur in chat.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+'-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}]|:[\w/~])/giu;

/** Validated structure (a real top-level label) is strong evidence on its own. */
const SCORE = 0.95;

/** E-mail addresses. `git@github.com:org/repo` (an SSH remote, not a mailbox) is not one. */
export const emailRecognizer: Recognizer = {
  name: 'email',
  labels: ['EMAIL'],
  recognize(text: string): Finding[] {
    if (!text.includes('@')) return [];
    const findings: Finding[] = [];
    for (const match of text.matchAll(EMAIL)) {
      // Two dots in a row are never valid in an unquoted address.
      if (match[0].includes('..')) continue;
      findings.push({
        start: match.index,
        end: match.index + match[0].length,
        label: 'EMAIL',
        score: SCORE,
        recognizer: 'email',
      });
    }
    return findings;
  },
};
