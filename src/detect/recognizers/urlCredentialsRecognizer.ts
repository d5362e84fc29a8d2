import type { Finding } from '../finding.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

/**
 * A URL with a user and password before the host: "postgres://app:s3cr3t@db:5432/main",
 * "https://user:token@github.com/...". The password is the match.
 */
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,128}:([^\s:/@]{3,256})@/g;

/** Templates and masks: "${DB_PASSWORD}", "<password>", "****", "password", "pass". */
const NOT_A_PASSWORD = /^(?:\$|%|\{|<|\*+$|x+$)|^(?:password|passwd|pass|pwd|secret|changeme|example|redacted)$/i;

/** Whoever has the string can log in as that user. */
const SCORE = 0.9;

/** Passwords embedded in connection strings and URLs, as pasted from configs and logs. */
export const urlCredentialsRecognizer: PatternRecognizer = {
  name: 'url_credentials',
  labels: ['SECRET'],
  patterns: [URL_CREDENTIALS],
  mayMatch: (features) => features.at > 0 && features.colons >= 2,
  recognize(text: string): Finding[] {
    if (!text.includes('://')) return [];
    const findings: Finding[] = [];
    for (const m of text.matchAll(URL_CREDENTIALS)) {
      const password = m[1] ?? '';
      if (NOT_A_PASSWORD.test(password)) continue;
      const start = m.index + m[0].length - 1 - password.length;
      findings.push({ start, end: start + password.length, label: 'SECRET', score: SCORE, recognizer: 'url_credentials' });
    }
    return findings;
  },
};
