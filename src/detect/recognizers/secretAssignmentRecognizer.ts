import type { Finding } from '../finding.ts';
import { shannonEntropy } from '../validators/shannonEntropy.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

/**
 * A key naming a password or a secret (also inside longer names: DB_PASSWORD, stripeApiKey,
 * "client_secret"), optionally quoted, then ":" or "=", then the value, quoted or bare. The key's
 * prefix is bounded, so a scan costs at most a few dozen steps per word.
 */
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|private[_-]?key|client[_-]?secret|token)["']?[ \t]{0,8}(?::|=|:=|=>)[ \t]{0,8}(?:"([^"\s]{1,256})"|'([^'\s]{1,256})'|([^\s"'`,;)}\]]{1,256}))/gi;
/** Every key ASSIGNMENT names contains one of these (lower-cased). */
const KEY_WORDS = ['pass', 'pwd', 'secret', 'key', 'token'];
/** "Authorization: Bearer <token>", in headers and curl commands. */
const BEARER = /(?<![A-Za-z0-9_-])Bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{20,512}=*)(?![A-Za-z0-9._~+/=-])/g;

/**
 * Values that are a reference, a type or a template rather than a secret: environment variables,
 * template slots, masks, and the words schemas and docs put there.
 */
const NOT_A_VALUE =
  /^(?:\$|%|\{|<|\*+$|x+$|\.{3}|[/~.])|[()]|:\/\/|^(?:string|str|number|int|integer|boolean|bool|null|none|nil|undefined|true|false|required|optional|text|varchar|char|bytes|secret|password|hidden|masked|redacted|changeme|change_me|placeholder|example|sample|dummy|test|todo|tbd|env|process\.env\S*|os\.environ\S*|getenv\S*|config\S*|settings\S*|self\.\S*|this\.\S*|params\S*|args\S*|req\S*|options\S*|props\S*)$/i;

/** A password-type key's value: short is fine, but it should look like a password, not a word. */
const MIN_PASSWORD_LENGTH = 6;
/** An API key or token: long and random. */
const MIN_TOKEN_LENGTH = 16;
const MIN_TOKEN_ENTROPY = 3.5;

/** The writer labelled it a password and it looks like one. */
const PASSWORD_SCORE = 0.8;
/** Labelled a key or token, long and random. */
const TOKEN_SCORE = 0.85;

/**
 * Generic credentials: `password=...`, `"api_key": "..."`, `DB_PASSWORD: ...`, `Bearer ...`.
 * Passwords must mix character classes (so "password: string" in a type definition is not one);
 * keys and tokens must be long and random (so "token: refresh" is not one).
 */
export const secretAssignmentRecognizer: PatternRecognizer = {
  name: 'secret_assignment',
  labels: ['SECRET'],
  patterns: [ASSIGNMENT, BEARER],
  mayMatch: (features) =>
    ((features.colons > 0 || features.equals > 0) && KEY_WORDS.some((word) => features.lowerCase.includes(word))) || features.text.includes('Bearer'),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    const add = (start: number, end: number, score: number): void => {
      findings.push({ start, end, label: 'SECRET', score, recognizer: 'secret_assignment' });
    };
    if (/pass|pwd|secret|key|token/i.test(text)) {
      for (const m of text.matchAll(ASSIGNMENT)) {
        const value = m[2] ?? m[3] ?? m[4] ?? '';
        const valueStart = m.index + m[0].length - value.length - (m[2] !== undefined || m[3] !== undefined ? 1 : 0);
        const keyword = (m[1] ?? '').toLowerCase();
        const isPassword = /^(?:password|passwd|passphrase|pwd)$/.test(keyword);
        if (NOT_A_VALUE.test(value)) continue;
        if (isPassword ? !looksLikePassword(value) : !looksLikeToken(value)) continue;
        add(valueStart, valueStart + value.length, isPassword ? PASSWORD_SCORE : TOKEN_SCORE);
      }
    }
    if (text.includes('Bearer')) {
      for (const m of text.matchAll(BEARER)) {
        const token = m[1] ?? '';
        if (!looksLikeToken(token)) continue;
        const start = m.index + m[0].length - token.length;
        add(start, start + token.length, TOKEN_SCORE);
      }
    }
    return findings;
  },
};

function looksLikePassword(value: string): boolean {
  if (value.length < MIN_PASSWORD_LENGTH) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  // "my-secret-name", "db_user": words joined by separators are names, not passwords.
  if (/^[a-z]+(?:[-_.][a-z]+)*$/i.test(value)) return false;
  return classes >= 2;
}

function looksLikeToken(value: string): boolean {
  if (value.length < MIN_TOKEN_LENGTH || shannonEntropy(value) < MIN_TOKEN_ENTROPY) return false;
  return /[A-Za-z]/.test(value) && /\d/.test(value) && !/^[a-z]+(?:[-_.][a-z]+)*$/i.test(value);
}
