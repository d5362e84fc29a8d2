import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { IBAN_LENGTHS, isValidIban } from '../validators/ibanMod97.ts';
import { forEachMatch } from './forEachMatch.ts';

/** Where an IBAN may begin: country letters and check digits, not inside a word. */
const IBAN_START = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}/gu;

/** Length and mod-97 together let through about one random look-alike in a hundred. */
const SCORE = 1;

/**
 * IBANs, compact ("DE89370400440532013000") or in the printed groups of four separated by single
 * spaces or dashes ("DE89 3704 0044 0532 0130 00"), with the country's length and a valid mod-97
 * checksum. Letters must be all upper or all lower case: "LV80 bANK ..." is a typo'd or made-up
 * string even when its upper-cased form is valid.
 */
export const ibanRecognizer: Recognizer = {
  name: 'iban',
  labels: ['IBAN'],
  // Every IBAN begins with two letters and then its two check digits.
  mayMatch: (features) => features.letterDigit > 0 && features.digits >= 2,
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    let searchFrom = 0;
    forEachMatch(IBAN_START, text, (m) => {
      if (m.index < searchFrom) return;
      const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
      if (length === undefined) return;
      const end = ibanEnd(text, m.index, length);
      if (end === undefined) return;
      const candidate = text.slice(m.index, end);
      const compact = candidate.replace(/[ -]/g, '');
      if (!isValidIban(compact) || !hasOneCase(compact)) return;
      findings.push({ start: m.index, end, label: 'IBAN', score: SCORE, recognizer: 'iban' });
      searchFrom = end;
    });
    return findings;
  },
};

/**
 * Where an IBAN of `length` characters starting at `start` ends, or undefined if the text there is
 * not laid out like one: compact, or groups of four after the first four characters with one kind
 * of separator. The character after it must not continue the last group.
 */
function ibanEnd(text: string, start: number, length: number): number | undefined {
  const isAlnum = (i: number): boolean => /[A-Za-z0-9]/.test(text.charAt(i));
  const separatorAt = start + 4;
  const separator = text.charAt(separatorAt);
  let i = start + 4;
  let taken = 4;
  if (separator === ' ' || separator === '-') {
    while (taken < length) {
      if (text.charAt(i) !== separator) return undefined;
      i++;
      const groupSize = Math.min(4, length - taken);
      for (let k = 0; k < groupSize; k++, i++) if (!isAlnum(i)) return undefined;
      taken += groupSize;
    }
  } else {
    for (; taken < length; taken++, i++) if (!isAlnum(i)) return undefined;
  }
  return isAlnum(i) ? undefined : i;
}

function hasOneCase(iban: string): boolean {
  return iban === iban.toUpperCase() || iban === iban.toLowerCase();
}
