import type { Finding } from '../finding.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

/** PEM and PGP private key headers: RSA, EC, DSA, OPENSSH, PKCS#8, ENCRYPTED, PGP ... BLOCK. */
const HEADER = /-----BEGIN ((?:[A-Z0-9]{1,10} ){0,3})PRIVATE KEY( BLOCK)?-----/g;
/** The key body: base64 lines, and the "Proc-Type:"/"DEK-Info:" headers of encrypted PEM. */
const BODY_CHAR = /[A-Za-z0-9+/=\s:,-]/;
/** A header with less than this much base64 after it is someone talking about the format. */
const MIN_BODY = 64;
/** How far to look for the END line; real keys are under 8 KB. */
const MAX_KEY_LENGTH = 16_384;

/** An unencrypted key is the credential itself. */
const PLAIN = 1;
/** An encrypted key still needs its passphrase, but it should never be in chat either. */
const ENCRYPTED = 0.85;

/**
 * Private key blocks pasted whole, from "-----BEGIN ... PRIVATE KEY-----" to the matching END line
 * (or to the end of the base64 body when the paste was cut off). A header on its own, as in a
 * question about the format, is not a key.
 */
export const privateKeyRecognizer: PatternRecognizer = {
  name: 'private_key',
  labels: ['SECRET'],
  patterns: [HEADER],
  // The header alone has ten dashes.
  mayMatch: (features) => features.dashes >= 10,
  recognize(text: string): Finding[] {
    if (!text.includes('PRIVATE KEY')) return [];
    const findings: Finding[] = [];
    let searchFrom = 0;
    for (const m of text.matchAll(HEADER)) {
      if (m.index < searchFrom) continue;
      const bodyStart = m.index + m[0].length;
      let bodyEnd = bodyStart;
      while (bodyEnd < text.length && bodyEnd - bodyStart < MAX_KEY_LENGTH && BODY_CHAR.test(text.charAt(bodyEnd))) bodyEnd++;
      // The END line is made of body characters, so it can only sit inside the body run: search
      // there and nowhere else, which keeps a text of many headers linear.
      const endLine = `-----END ${m[1] ?? ''}PRIVATE KEY${m[2] ?? ''}-----`;
      const endInBody = text.slice(bodyStart, bodyEnd).indexOf(endLine);
      const bodyLength = endInBody >= 0 ? endInBody : bodyEnd - bodyStart;
      const base64 = text.slice(bodyStart, bodyStart + bodyLength).replace(/[^A-Za-z0-9+/=]/g, '');
      if (base64.length < MIN_BODY) continue;
      const end = endInBody >= 0 ? bodyStart + endInBody + endLine.length : trimEnd(text, bodyStart, bodyEnd);
      const encrypted = /ENCRYPTED/.test(m[1] ?? '') || /Proc-Type:\s*4,ENCRYPTED/.test(text.slice(bodyStart, end));
      findings.push({ start: m.index, end, label: 'SECRET', score: encrypted ? ENCRYPTED : PLAIN, recognizer: 'private_key' });
      searchFrom = end;
    }
    return findings;
  },
};

/** The body's end without trailing whitespace or a trailing "-" from a cut-off END line. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s-]/.test(text.charAt(e - 1))) e--;
  return e;
}
