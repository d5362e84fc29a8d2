import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { looksLikeEpochTimestamp } from '../validators/epochTimestamp.ts';
import { readKrResidentNumber } from '../validators/krResidentNumber.ts';
import { contextPattern } from './contextPattern.ts';
import { ID_SCORES, NAMED_AS_TECHNICAL, isNamedAsTechnical, type IdScores, type PatternRecognizer } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';
import { mayMatchAny } from './patternNeeds.ts';

const DASHED = idPattern(DIGITS_START, String.raw`\d{6}-\d{7}`, DIGITS_END);
const BARE = idPattern(DIGITS_START, String.raw`\d{13}`, DIGITS_END);

const RRN_CONTEXT = contextPattern(['rrn', 'rrn#', 'resident registration', 'resident registration number', '주민등록번호', '주민번호']);
const FRN_CONTEXT = contextPattern(['frn', 'foreigner registration', 'foreigner registration number', '외국인등록번호', '외국인번호']);

/**
 * Korean resident (KR_RRN) and foreigner (KR_FRN) registration numbers: YYMMDD-GNNNNNN with a real
 * birth date and a holder digit. Numbers issued since October 2020 end in random digits, so the
 * old check digit raises confidence but its absence does not rule a number out: the dashed 6-7
 * layout with a valid date is believed on its own; thirteen bare digits only with the check digit
 * or a word naming them.
 */
export const krResidentNumberRecognizer: PatternRecognizer = {
  name: 'kr_resident_number',
  labels: ['KR_RRN', 'KR_FRN'],
  patterns: [DASHED, BARE],
  mayMatch: (features) => mayMatchAny([DASHED, BARE], features),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    const scan = (pattern: RegExp, checked: IdScores, unchecked: IdScores, bare: boolean): void => {
      for (const m of text.matchAll(pattern)) {
        const number = readKrResidentNumber(m[0].replace('-', ''));
        if (!number) continue;
        const start = m.index;
        const end = start + m[0].length;
        const label = number.kind === 'RRN' ? 'KR_RRN' : 'KR_FRN';
        // A bare number that is also a millisecond timestamp is one until a word says otherwise.
        const scores = number.checksumValid && !(bare && looksLikeEpochTimestamp(m[0])) ? checked : unchecked;
        let score = hasNearbyContext(text, start, end, label === 'KR_RRN' ? RRN_CONTEXT : FRN_CONTEXT) ? scores.withContext : scores.alone;
        if (bare && isNamedAsTechnical(text, start)) score = Math.min(score, NAMED_AS_TECHNICAL);
        findings.push({ start, end, label, score, recognizer: 'kr_resident_number' });
      }
    };
    scan(DASHED, ID_SCORES.strong, ID_SCORES.grouped, false);
    scan(BARE, ID_SCORES.strong, ID_SCORES.bare, true);
    return findings.sort((a, b) => a.start - b.start);
  },
};
