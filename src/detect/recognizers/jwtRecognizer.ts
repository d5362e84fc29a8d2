import type { Finding } from '../finding.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

/**
 * Three base64url parts joined by dots, the first two starting "eyJ" (base64 of `{"`): header,
 * claims, signature. The signature may be empty for an unsigned token (alg "none").
 */
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*(?![A-Za-z0-9_-])/g;

/** A bearer credential: whoever holds it is the user until it expires. */
const SCORE = 0.95;

/**
 * JSON Web Tokens: the header must decode to a JSON object with an "alg", so a base64 blob that
 * merely starts with "eyJ" is not taken for one.
 */
export const jwtRecognizer: PatternRecognizer = {
  name: 'jwt',
  labels: ['SECRET'],
  patterns: [JWT],
  mayMatch: (features) => features.dots >= 2 && features.text.includes('eyJ'),
  recognize(text: string): Finding[] {
    if (!text.includes('eyJ')) return [];
    const findings: Finding[] = [];
    for (const m of text.matchAll(JWT)) {
      if (!hasAlgHeader(m[0].slice(0, m[0].indexOf('.')))) continue;
      findings.push({ start: m.index, end: m.index + m[0].length, label: 'SECRET', score: SCORE, recognizer: 'jwt' });
    }
    return findings;
  },
};

function hasAlgHeader(part: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}
