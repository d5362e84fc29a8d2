/**
 * Cheap facts about a text, measured in one pass over its characters, that let a recognizer tell
 * it cannot match without running its patterns (`Recognizer.mayMatch`). Most chat is a few words
 * and a time or a version number: with these, the detector skips nearly every recognizer on it.
 *
 * Every count is of ASCII characters only, because the patterns they stand in for are: `\d` means
 * [0-9] with or without the `u` flag. A recognizer that reads other scripts' digits (the phone
 * recognizer does) must look at `nonAscii` before trusting `digits`.
 */
export interface TextFeatures {
  readonly text: string;
  /** ASCII digits. */
  readonly digits: number;
  /**
   * Bit n (1 to 30) is set when the text has a run of exactly n ASCII digits, with no ASCII digit
   * before or after it; bit 31 stands for any run of 31 or more. A pattern that matches a whole
   * digit run of 9 to 11 digits needs one of bits 9, 10 or 11 (`digitRunMask`).
   */
  readonly digitRuns: number;
  /** The longest run of ASCII digits. */
  readonly longestDigitRun: number;
  /**
   * The most digits in one group of digit runs joined by single spaces or dashes, in any mix
   * ("4111 1111-1111" is 12): how card numbers and most grouped ids are written.
   */
  readonly longestSpacedDigits: number;
  /** As `longestSpacedDigits`, joined by any single one of `SEPARATED_DIGIT_JOINERS`. */
  readonly longestSeparatedDigits: number;
  /** The longest run of ASCII letters and digits: tokens, keys and addresses are long ones. */
  readonly longestAlnumRun: number;
  /** The longest such run with a digit in it: "A12345678", not "notifications". */
  readonly longestAlnumRunWithDigit: number;
  /** ASCII upper-case letters. */
  readonly upperCase: number;
  /** Places where an ASCII letter is followed by an ASCII digit ("DE89", "A1234567"). */
  readonly letterDigit: number;
  /** Places where an ASCII digit is followed by an ASCII letter ("1234567L", "86AB"). */
  readonly digitLetter: number;
  /** Counts of a few characters that some identifiers cannot be written without. */
  readonly at: number;
  readonly colons: number;
  readonly dots: number;
  readonly dashes: number;
  readonly equals: number;
  /** Whether any character is outside ASCII (other scripts' digits and letters). */
  readonly nonAscii: boolean;
  /** The text in lower case, computed on first use and then shared. */
  readonly lowerCase: string;
}

/** The characters that may join digit runs in `longestSeparatedDigits`. */
export const SEPARATED_DIGIT_JOINERS = ' -.:+';
/** The characters that may join digit runs in `longestSpacedDigits`. */
export const SPACED_DIGIT_JOINERS = ' -';

/** The `digitRuns` bits of runs from `min` to `max` digits long (`max` may be Infinity). */
export function digitRunMask(min: number, max: number): number {
  let mask = 0;
  for (let n = Math.max(1, min); n <= Math.min(max, 31); n++) mask |= 1 << (n - 1);
  return mask;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const PLUS = 43;
const AT = 64;
const EQUALS = 61;

class Features implements TextFeatures {
  readonly text: string;
  digits = 0;
  digitRuns = 0;
  longestDigitRun = 0;
  longestSpacedDigits = 0;
  longestSeparatedDigits = 0;
  longestAlnumRun = 0;
  longestAlnumRunWithDigit = 0;
  upperCase = 0;
  letterDigit = 0;
  digitLetter = 0;
  at = 0;
  colons = 0;
  dots = 0;
  dashes = 0;
  equals = 0;
  nonAscii = false;
  #lowerCase: string | undefined;

  constructor(text: string) {
    this.text = text;
    let run = 0;
    let spaced = 0;
    let separated = 0;
    let alnum = 0;
    let alnumHasDigit = false;
    let afterLetter = false;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (afterLetter) this.letterDigit++;
        afterLetter = false;
        this.digits++;
        run++;
        spaced++;
        separated++;
        alnum++;
        alnumHasDigit = true;
        continue;
      }
      if (run > 0) {
        this.#endRun(run, spaced, separated);
        run = 0;
      }
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (c <= 90) this.upperCase++;
        if (i > 0 && isDigit(text.charCodeAt(i - 1))) this.digitLetter++;
        afterLetter = true;
        alnum++;
        spaced = 0;
        separated = 0;
        continue;
      }
      this.#endAlnumRun(alnum, alnumHasDigit);
      alnum = 0;
      alnumHasDigit = false;
      afterLetter = false;
      // A single joiner between two digits keeps the group going; anything else ends it.
      const next = text.charCodeAt(i + 1);
      const joinsDigits = i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(next);
      if (!(joinsDigits && (c === SPACE || c === DASH))) spaced = 0;
      if (!(joinsDigits && (c === SPACE || c === DASH || c === DOT || c === COLON || c === PLUS))) separated = 0;
      if (c === COLON) this.colons++;
      else if (c === DOT) this.dots++;
      else if (c === DASH) this.dashes++;
      else if (c === AT) this.at++;
      else if (c === EQUALS) this.equals++;
      else if (c > 127) this.nonAscii = true;
    }
    if (run > 0) this.#endRun(run, spaced, separated);
    this.#endAlnumRun(alnum, alnumHasDigit);
  }

  #endAlnumRun(alnum: number, hasDigit: boolean): void {
    if (alnum > this.longestAlnumRun) this.longestAlnumRun = alnum;
    if (hasDigit && alnum > this.longestAlnumRunWithDigit) this.longestAlnumRunWithDigit = alnum;
  }

  #endRun(run: number, spaced: number, separated: number): void {
    this.digitRuns |= 1 << (Math.min(run, 31) - 1);
    if (run > this.longestDigitRun) this.longestDigitRun = run;
    if (spaced > this.longestSpacedDigits) this.longestSpacedDigits = spaced;
    if (separated > this.longestSeparatedDigits) this.longestSeparatedDigits = separated;
  }

  get lowerCase(): string {
    this.#lowerCase ??= this.text.toLowerCase();
    return this.#lowerCase;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

let last: Features | undefined;

/**
 * The features of `text`. The last text's are remembered, so the detector and every recognizer it
 * calls on the same text share one pass.
 */
export function textFeatures(text: string): TextFeatures {
  if (last?.text !== text) last = new Features(text);
  return last;
}
