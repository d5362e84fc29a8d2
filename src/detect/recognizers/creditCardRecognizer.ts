import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { forEachMatch } from './forEachMatch.ts';
import { cardIssuerOf } from '../validators/cardIssuer.ts';
import { isLuhnValid } from '../validators/luhn.ts';

/** A run of digit groups joined by single spaces or dashes, not glued to letters or digits. */
const DIGIT_RUN = /(?<![\p{L}\p{N}_])\d+(?:[ -]\d+)*(?![\p{L}\p{N}_])/gu;

const CARD_CONTEXT =
  /\b(?:card|cards|credit|debit|visa|mastercard|amex|american express|discover|diners|jcb|unionpay|maestro|cc|ccn|cvv|cvc|exp|expiry|expires|payment)\b/i;

/** One random digit string in ten passes Luhn; an issuer range and length must fit as well. */
const SCORE = { alone: 0.9, withContext: 1 };

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

/**
 * Payment card numbers: 13 to 19 digits, compact or grouped with one kind of separator, passing
 * the Luhn checksum and belonging to a known issuer range (`cardIssuerOf`).
 */
export const creditCardRecognizer: Recognizer = {
  name: 'credit_card',
  labels: ['CREDIT_CARD'],
  // A card's digits are one run of digit groups joined by single spaces or dashes.
  mayMatch: (features) => features.longestSpacedDigits >= MIN_DIGITS,
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    forEachMatch(DIGIT_RUN, text, (run) => {
      if (run[0].length < MIN_DIGITS) return;
      for (const [start, end] of findCardsInRun(text, run.index, run[0])) {
        const score = hasNearbyContext(text, start, end, CARD_CONTEXT) ? SCORE.withContext : SCORE.alone;
        findings.push({ start, end, label: 'CREDIT_CARD', score, recognizer: 'credit_card' });
      }
    });
    return findings;
  },
};

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group; empty for the first. */
  separator: string;
}

/** Card spans in one digit run, longest first from each position, left to right. */
function findCardsInRun(text: string, runStart: number, run: string): [number, number][] {
  const groups: Group[] = [];
  for (const m of run.matchAll(/([ -]?)(\d+)/g)) {
    const [, separator = '', digits = ''] = m;
    const start = runStart + m.index + separator.length;
    groups.push({ start, end: start + digits.length, digits, separator });
  }
  // "+1 4012..." starts with a country code, and "3.14159..." or "1,234" continue a number that
  // is not a card: leave out the group that touches them.
  const before = text.slice(Math.max(0, runStart - 2), runStart);
  if (/\+$|\d[.,]$/.test(before)) groups.shift();
  const after = text.slice(runStart + run.length, runStart + run.length + 2);
  if (/^[.,]\d/.test(after)) groups.pop();

  const cards: [number, number][] = [];
  let i = 0;
  while (i < groups.length) {
    const end = longestCardFrom(groups, i);
    if (end === undefined) {
      i++;
      continue;
    }
    const firstGroup = groups[i];
    const lastGroup = groups[end];
    if (firstGroup && lastGroup) cards.push([firstGroup.start, lastGroup.end]);
    i = end + 1;
  }
  return cards;
}

/** The index of the last group of the longest card starting at group `first`, if any. */
function longestCardFrom(groups: readonly Group[], first: number): number | undefined {
  const separator = groups[first + 1]?.separator;
  let digits = '';
  let previous: Group | undefined;
  let best: number | undefined;
  for (let last = first; last < groups.length; last++) {
    const group = groups[last];
    if (!group) break;
    if (previous) {
      if (group.separator !== separator) break;
      // Written card numbers come in groups of 3 to 6 (4-4-4-4, 4-6-5); only the last may be short.
      if (previous.digits.length < 3 || previous.digits.length > 6 || group.digits.length > 6) break;
    }
    digits += group.digits;
    if (digits.length > MAX_DIGITS) break;
    if (digits.length >= MIN_DIGITS && isLuhnValid(digits) && cardIssuerOf(digits) !== undefined) best = last;
    previous = group;
  }
  return best;
}
