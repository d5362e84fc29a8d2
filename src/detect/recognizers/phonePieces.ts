/**
 * Where in a text libphonenumber has to look, so the phone recognizer parses a few short pieces
 * instead of the whole text, with the same results.
 *
 * Why pieces give the same results: libphonenumber's matcher (`PhoneNumberMatcher`) scans with one
 * candidate pattern made of digits, punctuation (`VALID_PUNCTUATION`), a leading "+" or bracket,
 * and an optional extension ("ext. 12", "x12", ";ext=12", ",,12"); it then looks at exactly one
 * character before and one after each candidate (a Latin letter or "%"/currency sign there rejects
 * it) and, for timestamps, at a ":" right after. A character the candidate pattern cannot contain
 * (most letters, line breaks, quotes, "@", "_", "*", "<", ">") therefore splits the text into
 * pieces that are read independently: no candidate spans two pieces, the scan starts afresh in
 * each, and each piece is passed with its neighbouring character on each side so the one-character
 * checks see what they would see in the whole text.
 *
 * Why most pieces are never parsed: a number is reported only when libphonenumber finds it valid,
 * which takes as many digits as the shortest valid number of the country read (or, written with
 * "+" or an international prefix, of any country), all in one run of digits and punctuation with at
 * most four punctuation characters in a row between digits. Read nationally, the valid number's
 * digits are moreover a stretch of the run's digits (what is left after a national prefix or the
 * calling code is taken off the front) that the country's own national-number pattern accepts, so
 * a date, a version, an IP address or a build id whose digits hold no such stretch is not parsed
 * (`PhoneDigitMinimums`). libphonenumber spends tens to hundreds of microseconds on a piece; this
 * test, a few regex matches.
 *
 * Limits, for the 100 ms rule: a piece longer than `MAX_PIECE_LENGTH` (hundreds of characters of
 * digits and punctuation with no letter or line break, such as numbers pasted on one line) is cut
 * at a space, and a number written across the cut may be missed; and libphonenumber reads at most
 * `phoneParseBudget(text.length)` characters of pieces per text (beyond it, later pieces are not
 * read for phone numbers). Parsing costs up to ~10 µs per character where every piece is a valid
 * number, so a message (Slack allows 40,000 characters) is capped at a few tens of milliseconds,
 * and a longer text (an extracted file) gets budget in proportion to its length. Ordinary messages
 * and pages use a small fraction of it: a customer export with a phone number on every line, about
 * a third of its length.
 */

/** A stretch of text libphonenumber can read on its own: [start, end). */
export interface PhonePiece {
  start: number;
  end: number;
}

/** Digits joined by punctuation: where the digits of one number can be. */
export interface PhoneRun {
  /**
   * As libphonenumber reads them: other scripts' digits as ASCII, "?" for a digit it drops
   * (which no test below trusts).
   */
  digits: string;
  /** Written with a plus sign. */
  plus: boolean;
  /** Where each group of digits (digits between punctuation) begins, as offsets in `digits`. */
  groups: number[];
  /** From the first digit to after the last. */
  start: number;
  end: number;
}

export const MAX_PIECE_LENGTH = 256;

/**
 * Characters of pieces libphonenumber reads per message-sized text: at most DEFAULT_PARSE_BUDGET
 * of them in the default country, the rest for the other countries' readings near phone words.
 */
export const PHONE_PARSE_BUDGET = 7_000;
export const DEFAULT_PARSE_BUDGET = 5_000;
/** Texts longer than this get more budget: one character for every two beyond it. */
export const MESSAGE_SIZED = 65_536;

/** The characters libphonenumber may read in a text of `length` characters, per kind of pass. */
export function phoneParseBudget(length: number, base: number): number {
  return base + Math.max(0, Math.floor((length - MESSAGE_SIZED) / 2));
}

// Character classes, as char codes. Everything outside ASCII is treated as possibly part of a
// candidate (libphonenumber reads full-width and other scripts' digits and punctuation), so a
// piece only ends at an ASCII character that cannot be in one.

/** ASCII characters of the candidate pattern, extensions included ("ext", "anexo", "int", "x"). */
const CANDIDATE_ASCII = new Set([...'0123456789 \t-/.()[]~+,:;=#aeinostxAEINOSTX'].map((c) => c.charCodeAt(0)));
/** Punctuation allowed between digits (libphonenumber's VALID_PUNCTUATION, its ASCII part). */
const PUNCTUATION_ASCII = new Set([...'-/. ()[]~'].map((c) => c.charCodeAt(0)));
/** Its other characters: dashes, slashes, dots, spaces, brackets and tildes of other scripts. */
const PUNCTUATION_OTHER = new Set(
  [...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0F\uFF0E\u00A0\u00AD\u200B\u2060\u3000\uFF08\uFF09\uFF3B\uFF3D\u2053\u223C\uFF5E'].map((c) =>
    c.charCodeAt(0),
  ),
);
/** Brackets and plus signs: what libphonenumber allows before or between four-mark groups. */
const LEAD = new Set([...'()[]+\uFF08\uFF09\uFF3B\uFF3D\uFF0B'].map((c) => c.charCodeAt(0)));
const PLUS = 43;
const FULLWIDTH_PLUS = 0xff0b;
/** More punctuation in a row than libphonenumber allows between two digits of one number. */
const MAX_PUNCTUATION_IN_RUN = 4;

const NON_ASCII_DIGIT = /\p{Nd}/u;

/**
 * The runs of `text` with at least `keepRunDigits` digits, in order. A run ends at a character
 * that is neither a digit nor punctuation, or at a fifth punctuation mark in a row (brackets and
 * plus signs, which libphonenumber allows around its four-mark groups, start the count again).
 * Shorter runs cost nothing but the pass: most chat has none long enough.
 */
export function phoneRuns(text: string, keepRunDigits: number): PhoneRun[] {
  const runs: PhoneRun[] = [];
  // Plain locals rather than a closure over them: this loop runs over every such message.
  let count = 0;
  let first = -1;
  let last = -1;
  let plus = false;
  let punctuation = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 0;
    const kind = c < 128 ? (ASCII_KIND[c] ?? OTHER) : otherKind(text, k, c);
    if (kind === DIGIT) {
      if (count++ === 0) first = k;
      last = k;
      punctuation = 0;
      continue;
    }
    if (kind === LEAD_CHAR || kind === PLUS_SIGN) {
      if (kind === PLUS_SIGN) plus = true;
      punctuation = 0;
      continue;
    }
    if (kind === PUNCTUATION && ++punctuation <= MAX_PUNCTUATION_IN_RUN) continue;
    // The run ends here (the end of the text counts as any other character).
    if (count > 0 && count >= keepRunDigits) runs.push(readRun(text, first, last + 1, plus));
    count = 0;
    plus = false;
    punctuation = 0;
  }
  return runs;
}

function isOtherDigit(text: string, at: number): boolean {
  return NON_ASCII_DIGIT.test(text.charAt(at));
}

// What each character is to a run, looked up rather than tested: the pass runs on every message
// with seven digits or more.
const OTHER = 0;
const DIGIT = 1;
const LEAD_CHAR = 2;
const PLUS_SIGN = 3;
const PUNCTUATION = 4;
const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = DIGIT;
for (const c of LEAD) if (c < 128) ASCII_KIND[c] = LEAD_CHAR;
for (const c of PUNCTUATION_ASCII) if (!LEAD.has(c)) ASCII_KIND[c] = PUNCTUATION;
ASCII_KIND[PLUS] = PLUS_SIGN;

function otherKind(text: string, at: number, c: number): number {
  if (c === FULLWIDTH_PLUS) return PLUS_SIGN;
  if (LEAD.has(c)) return LEAD_CHAR;
  if (PUNCTUATION_OTHER.has(c)) return PUNCTUATION;
  return isOtherDigit(text, at) ? DIGIT : OTHER;
}

/** The digits and digit groups of the run from `start` to `end`. */
function readRun(text: string, start: number, end: number, plus: boolean): PhoneRun {
  let digits = '';
  const groups: number[] = [];
  let previousWasDigit = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const ascii = c >= 48 && c <= 57;
    if (!ascii && !(c > 127 && isOtherDigit(text, k))) {
      previousWasDigit = false;
      continue;
    }
    if (!previousWasDigit) groups.push(digits.length);
    digits += ascii ? text.charAt(k) : asciiDigit(c);
    previousWasDigit = true;
  }
  return { digits, plus, groups, start, end };
}

/**
 * The pieces holding these runs, in order, once each: the stretch of candidate characters around
 * each run (cut like any long piece; the parts the run overlaps).
 */
export function piecesOf(text: string, runs: readonly PhoneRun[]): PhonePiece[] {
  const pieces = new Map<number, PhonePiece>();
  // Runs come in order and stretches do not overlap: each stretch is measured and cut once.
  let stretch: { to: number; cuts: Array<[number, number]> } | undefined;
  for (const run of runs) {
    if (stretch === undefined || run.start >= stretch.to) {
      let from = run.start;
      while (from > 0 && isCandidateChar(text.charCodeAt(from - 1))) from--;
      let to = run.end;
      while (to < text.length && isCandidateChar(text.charCodeAt(to))) to++;
      stretch = { to, cuts: cutLongPiece(text, from, to) };
    }
    for (const [start, end] of stretch.cuts) {
      if (start < run.end && run.start < end && !pieces.has(start)) pieces.set(start, { start, end });
    }
  }
  return [...pieces.values()].sort((a, b) => a.start - b.start);
}

function isCandidateChar(c: number): boolean {
  return c > 127 || CANDIDATE_ASCII.has(c);
}

/** [start, end) as pieces of at most MAX_PIECE_LENGTH, cut after a space where there is one. */
function cutLongPiece(text: string, start: number, end: number): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_PIECE_LENGTH) {
    let to = from + MAX_PIECE_LENGTH;
    const space = text.lastIndexOf(' ', to - 1);
    if (space > from + MAX_PIECE_LENGTH / 2) to = space + 1;
    cuts.push([from, to]);
    from = to;
  }
  cuts.push([from, end]);
  return cuts;
}

/**
 * The ASCII digit libphonenumber reads a digit of another script as (full-width and Arabic-Indic
 * ones), or "?" for a digit it drops; "?" matches no international prefix, so a run with one is
 * treated as possibly holding any (`mayHoldNumber`).
 */
function asciiDigit(c: number): string {
  for (const zero of [0xff10, 0x0660, 0x06f0]) if (c >= zero && c <= zero + 9) return String(c - zero);
  return '?';
}
