import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { forEachMatch } from './forEachMatch.ts';
import { mayMatchAny } from './patternNeeds.ts';
import { isValidUsSsn } from '../validators/usSsn.ts';

/**
 * 3-2-4 digits with one kind of separator throughout (the backreference is what rejects
 * "693-09.4444"), not part of a longer number or word.
 */
const DELIMITED = /(?<![\p{L}\p{N}_+.-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|[-.]\p{N})/gu;
/** Nine digits on their own. */
const NINE_DIGITS = /(?<![\p{L}\p{N}_+.-])\d{9}(?![\p{L}\p{N}_]|[-.]\p{N})/gu;

const SSN_CONTEXT = /\b(?:ssn|ssns|ssn#|ss#|ssid|social security|social sec|soc sec)\b/i;

/** "078-05-1123": the way SSNs are printed, and little else is. */
const DASHED = { alone: 0.6, withContext: 0.9 };
/** "078 05 1123", "078.05.1123": Presidio's medium score; also how some forms print them. */
const SPACED_OR_DOTTED = { alone: 0.5, withContext: 0.8 };
/**
 * "078051123": any nine-digit id. Reported (so a context stage could raise it) but under the
 * default threshold unless an SSN word is nearby.
 */
const COMPACT = { alone: 0.3, withContext: 0.7 };

/**
 * US Social Security numbers, following Presidio's UsSsnRecognizer: delimited forms are reported on
 * their own, nine bare digits only with an SSN word nearby, and every candidate must pass the SSA
 * rules in `isValidUsSsn`.
 */
export const usSsnRecognizer: Recognizer = {
  name: 'us_ssn',
  labels: ['US_SSN'],
  mayMatch: (features) => mayMatchAny([DELIMITED, NINE_DIGITS], features),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    const add = (start: number, end: number, score: number): void => {
      findings.push({ start, end, label: 'US_SSN', score, recognizer: 'us_ssn' });
    };

    forEachMatch(DELIMITED, text, (m) => {
      if (!isValidUsSsn(`${m[1]}${m[3]}${m[4]}`)) return;
      const start = m.index;
      const end = start + m[0].length;
      // "1 078 05 1123 4": spaced digits that go on are a longer number, not an SSN.
      if (m[2] === ' ' && (/\p{N} $/u.test(text.slice(start - 2, start)) || /^ \p{N}/u.test(text.slice(end, end + 2)))) {
        return;
      }
      const scores = m[2] === '-' ? DASHED : SPACED_OR_DOTTED;
      add(start, end, hasNearbyContext(text, start, end, SSN_CONTEXT) ? scores.withContext : scores.alone);
    });

    forEachMatch(NINE_DIGITS, text, (m) => {
      if (!isValidUsSsn(m[0])) return;
      const start = m.index;
      const end = start + m[0].length;
      add(start, end, hasNearbyContext(text, start, end, SSN_CONTEXT) ? COMPACT.withContext : COMPACT.alone);
    });

    return findings.sort((a, b) => a.start - b.start);
  },
};
