import type { Finding } from '../finding.ts';
import { DEFAULT_CONTEXT_WINDOW, hasNearbyContext, type ContextWindow } from '../hasNearbyContext.ts';
import { LOWERING_CONTEXT_WORDS, PERSONAL_QUALIFIERS, RAISING_CONTEXT_WORDS } from './contextWords.ts';

export interface ContextOptions {
  /**
   * Words that make a finding of a label more believable. Default `RAISING_CONTEXT_WORDS`. Replaces
   * the defaults; to add a word, spread them: `{ ...RAISING_CONTEXT_WORDS, PHONE: [...] }`.
   */
  raising?: Readonly<Record<string, readonly string[]>>;
  /** Words that name a mostly-digit finding as something else. Default `LOWERING_CONTEXT_WORDS`. */
  lowering?: readonly string[];
  /** Words that, before a lowering word, cancel it ("national id"). Default `PERSONAL_QUALIFIERS`. */
  qualifiers?: readonly string[];
  /** Where raising words count. Default `DEFAULT_CONTEXT_WINDOW` (40 before, 20 after). */
  window?: ContextWindow;
  /** The share of the distance to 1 that a raising word closes. Default `CONTEXT_RAISE` (0.35). */
  raise?: number;
  /** The share of the score that a naming word takes away. Default `CONTEXT_LOWER` (0.35). */
  lower?: number;
}

/**
 * Presidio adds 0.35 and caps at 1. We close 35% of the distance to 1 instead (1 - (1 - s) * 0.65):
 * the same push for a weak candidate (a bare "4155550132" at 0.4 becomes 0.61, over the default 0.5;
 * a nine-digit SSN candidate at 0.3 becomes 0.545), but a finding whose recognizer already counted
 * the same words is not pushed to 1, so a context-boosted phone number still ranks under a checksum-
 * validated card or IBAN when `resolveOverlaps` compares them.
 */
export const CONTEXT_RAISE = 0.35;

/**
 * A naming word keeps 65% of the score. That puts the survival line at 0.77 for the default
 * threshold of 0.5: a checksum-validated card (0.9) or IBAN (1) named "ref" is still reported, a
 * format-only match (a dashed SSN at 0.6, a formatted phone number at 0.65) is not.
 */
export const CONTEXT_LOWER = 0.35;

/** How far back a naming word may start: the word plus "number is: ". */
const NAMING_LOOKBACK = 40;

/** A finding's score adjusted for the words around it. */
export type ContextScorer = (text: string, findings: readonly Finding[]) => Finding[];

/**
 * Builds the context stage (the word patterns are compiled once, here). For each finding:
 * - a lowering word right before a mostly-digit match ("order 4155550132", "version 4.1.5", with
 *   "number", "no.", "#", ":", "is" allowed in between) multiplies the score by `1 - lower`, and no
 *   raising word can undo it: the writer said what the number is. Not when a qualifier comes just
 *   before the word ("national id"), nor when the word is one of the label's own raising words;
 * - otherwise a raising word of the finding's label within the window raises it to
 *   `1 - (1 - score) * (1 - raise)`.
 * Works on any label; a label without raising words can still be lowered. Returns new findings
 * (scores rounded to 4 decimals, so they print cleanly); the input is not changed.
 */
export function createContextScorer(options: ContextOptions = {}): ContextScorer {
  const raise = checkedFactor('raise', options.raise ?? CONTEXT_RAISE);
  const lower = checkedFactor('lower', options.lower ?? CONTEXT_LOWER);
  const window = options.window ?? DEFAULT_CONTEXT_WINDOW;
  const raisingWords = options.raising ?? RAISING_CONTEXT_WORDS;
  const loweringWords = options.lowering ?? LOWERING_CONTEXT_WORDS;
  const qualifiers = alternation(options.qualifiers ?? PERSONAL_QUALIFIERS);

  // Compiled lazily per label: labels are open-ended, most messages have none of the rarer ones.
  const raising = new Map<string, RegExp | undefined>();
  const naming = new Map<string, RegExp | undefined>();
  const raisingFor = (label: string): RegExp | undefined => {
    if (!raising.has(label)) raising.set(label, wordsPattern(raisingWords[label] ?? []));
    return raising.get(label);
  };
  const namingFor = (label: string): RegExp | undefined => {
    if (!naming.has(label)) {
      const own = new Set((raisingWords[label] ?? []).map((w) => w.toLowerCase()));
      naming.set(label, namingPattern(loweringWords.filter((w) => !own.has(w.toLowerCase())), qualifiers));
    }
    return naming.get(label);
  };

  return (text, findings) =>
    findings.map((finding) => {
      const { start, end, label, score } = finding;
      const named = namingFor(label);
      // The digit count first: it settles names, places and addresses without slicing the text.
      if (named && isMostlyDigits(text, start, end) && named.test(text.slice(Math.max(0, start - NAMING_LOOKBACK), start))) {
        return { ...finding, score: round(score * (1 - lower)) };
      }
      const words = raisingFor(label);
      if (words && hasNearbyContext(text, start, end, words, window)) {
        return { ...finding, score: round(1 - (1 - score) * (1 - raise)) };
      }
      return finding;
    });
}

/** The context stage with the default words and numbers. */
export const applyContext: ContextScorer = createContextScorer();

function checkedFactor(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`context ${name} must be a number from 0 to 1, got ${value}`);
  }
  return value;
}

/** Whole words only, in any script: "cell" must not match inside "excellent". */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function alternation(words: readonly string[]): string {
  return words
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map((w) => w.split(/\s+/).map(escapeRegExp).join('\\s+'))
    .join('|');
}

function wordsPattern(words: readonly string[]): RegExp | undefined {
  const alternatives = alternation(words);
  return alternatives === '' ? undefined : new RegExp(`${WORD_BEFORE}(?:${alternatives})s?${WORD_AFTER}`, 'iu');
}

/**
 * The word, not after a qualifier, then optionally what people put between a name and its value
 * ("order number is: ", "ticket no. ", "PID="), then the end of the slice, which is where the
 * finding starts.
 */
function namingPattern(words: readonly string[], qualifiers: string): RegExp | undefined {
  const alternatives = alternation(words);
  if (alternatives === '') return undefined;
  const notQualified = qualifiers === '' ? '' : `(?<!${WORD_BEFORE}(?:${qualifiers})\\s+)`;
  const word = `${notQualified}${WORD_BEFORE}(?:${alternatives})s?`;
  const connector = `(?:\\s*(?:number|num|nr|no|id|code)${WORD_AFTER}\\.?)?(?:\\s+(?:is|was)${WORD_AFTER})?`;
  return new RegExp(`${word}${connector}\\s*[:#=]?\\s*$`, 'iu');
}

/** Digits outnumber letters in text[start, end): phone, card, SSN, IBAN; not an e-mail address or a name. */
function isMostlyDigits(text: string, start: number, end: number): boolean {
  let digits = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII is decided by code; anything else (other scripts, surrogate pairs) by the properties.
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c > 127) {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      if (ch.length === 2) i++;
      if (DIGIT.test(ch)) digits++;
      else if (LETTER.test(ch)) letters++;
    }
  }
  return digits > letters;
}

const DIGIT = /^\p{Nd}$/u;
const LETTER = /^\p{L}$/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
