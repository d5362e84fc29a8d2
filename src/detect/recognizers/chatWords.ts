import { normaliseWord } from './nameLexicon.ts';

/**
 * What a whitespace-separated word of a chat message looks like, once the punctuation around it
 * is set aside:
 * - `capitalised`: "Maria", "O'Brien", "Al-Sayed", "McDonald": could be a name;
 * - `lowercase`: "the", "van", "sarah";
 * - `initial`: "M." in "Richard M. Nixon";
 * - `other`: anything a person's name never is: code and identifiers ("UserService.findByEmail",
 *   "ProfileCard", "getById"), paths and branches, URLs, Slack mentions and channels ("@U024BE7LH",
 *   "<@U024BE7LH>", "#eng-berlin"), words with digits or underscores, ALL CAPS, and everything
 *   inside `backticks` or ```code blocks```.
 */
export type WordShape = 'capitalised' | 'lowercase' | 'initial' | 'other';

export interface ChatWord {
  /** Offsets of the word without the punctuation around it (and without a possessive "'s"). */
  start: number;
  end: number;
  text: string;
  /** `normaliseWord(text)`: lower case, accents removed. */
  normal: string;
  shape: WordShape;
  /** First word of the text, a line, a sentence, or after a colon or a bullet: its capital says nothing. */
  sentenceStart: boolean;
  /** Punctuation (or a possessive) right after the word: a name does not run on past it. */
  closed: boolean;
  /** The punctuation right after the word, possessive excluded ("," in "Thanks, Maria"). */
  after: string;
  possessive: boolean;
}

/** A capitalised word that could be a name: "Maria", "O'Brien", "Al-Sayed", "McDonald", "Émile". */
export const CAPITALISED = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]{1,30}(?:-\p{Lu}?[\p{Ll}\p{M}]{1,30}){0,3}$/u;
const LOWERCASE = /^\p{Ll}[\p{Ll}\p{M}'’-]{0,39}$/u;
/** A word this long is not a name; it is not worth the regex. */
const LONGEST_WORD = 40;
/** Words after which a "." does not end the sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'sr', 'jr', 'vs', 'etc', 'approx', 'dott', 'mme', 'mlle']);

/** The patterns `chatWords` classifies words with (for the linear-time check). */
export const WORD_PATTERNS: readonly RegExp[] = [CAPITALISED, LOWERCASE];

let lastText: string | undefined;
let lastWords: readonly ChatWord[] = [];

/**
 * The words of `text`, in order, remembered for the last text (the PERSON and LOCATION
 * recognizers both read them). One pass over the characters; a word is classified with at most
 * one short regex test, so a chat message costs about a microsecond.
 */
export function chatWords(text: string): readonly ChatWord[] {
  if (text === lastText) return lastWords;
  lastWords = readWords(text);
  lastText = text;
  return lastWords;
}

function readWords(text: string): ChatWord[] {
  const code = text.includes('`') ? codeRanges(text) : [];
  let codeIndex = 0;
  const words: ChatWord[] = [];
  let endsSentence = true;
  let lineBreak = false;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) lineBreak = true;
      i++;
      continue;
    }
    const chunkStart = i;
    while (i < length && !isSpace(text.charCodeAt(i))) i++;
    const chunkEnd = i;

    while (codeIndex < code.length && (code[codeIndex]?.[1] ?? 0) <= chunkStart) codeIndex++;
    const range = code[codeIndex];
    const inCode = range !== undefined && range[0] < chunkEnd;

    let from = chunkStart;
    let to = chunkEnd;
    while (from < to && isLeading(text.charCodeAt(from))) from++;
    while (to > from && isTrailing(text.charCodeAt(to - 1))) to--;
    const possessive = to - from > 3 && text.charCodeAt(to - 1) === 115 && isApostrophe(text.charCodeAt(to - 2));
    const coreEnd = possessive ? to - 2 : to;
    const core = text.slice(from, coreEnd);
    const after = to === chunkEnd ? '' : text.slice(to, chunkEnd);

    const shape: WordShape = inCode || core.length === 0 || core.length > LONGEST_WORD ? 'other' : shapeOf(core, after);
    const normal = shape === 'other' ? '' : normaliseWord(core);
    const bullet = chunkEnd - chunkStart === 1 && isBullet(c);
    words.push({
      start: from,
      end: coreEnd,
      text: core,
      normal,
      shape,
      sentenceStart: endsSentence || lineBreak || bullet,
      closed: possessive || after !== '',
      after,
      possessive,
    });
    endsSentence = bullet || endsClause(after, shape, normal);
    lineBreak = false;
  }
  return words;
}

function shapeOf(core: string, after: string): WordShape {
  const first = core.charCodeAt(0);
  if (first >= 97 && first <= 122) return LOWERCASE.test(core) ? 'lowercase' : 'other';
  const upper = (first >= 65 && first <= 90) || first > 127;
  if (!upper) return 'other';
  if (core.length === 1) return after.startsWith('.') && first <= 90 ? 'initial' : LOWERCASE.test(core) ? 'lowercase' : 'other';
  if (CAPITALISED.test(core)) return 'capitalised';
  return first > 127 && LOWERCASE.test(core) ? 'lowercase' : 'other';
}

/** ":", ";", "!", "?" end a clause; "." too, except after an initial or an abbreviation ("Mr.", "St."). */
function endsClause(after: string, shape: WordShape, normal: string): boolean {
  for (let k = 0; k < after.length; k++) {
    const c = after.charCodeAt(k);
    if (c === 58 || c === 59 || c === 33 || c === 63) return true;
    if (c === 46) return shape !== 'initial' && !ABBREVIATIONS.has(normal);
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ( [ { " ' “ ‘ « * _ ¿ ¡ */
function isLeading(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 42 || c === 95 || c === 0xbf || c === 0xa1;
}

/** . , ; : ! ? ) ] } " ' ” ’ » * _ … */
function isTrailing(c: number): boolean {
  return (
    c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 34 || c === 39 ||
    c === 0x201d || c === 0x2019 || c === 0xbb || c === 42 || c === 95 || c === 0x2026
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** - * • > as a word of their own: a list item or a quote starts. */
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 62;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Start and end of every `inline code` (within a line) and ```code block``` (to the closing fence,
 * or the end of the text). Linear: each search starts where the last one stopped.
 */
function codeRanges(text: string): (readonly [number, number])[] {
  const ranges: (readonly [number, number])[] = [];
  let i = text.indexOf('`');
  while (i !== -1) {
    let end: number;
    if (text.startsWith('```', i)) {
      const close = text.indexOf('```', i + 3);
      end = close === -1 ? text.length : close + 3;
    } else {
      const close = text.indexOf('`', i + 1);
      if (close === -1) break;
      if (hasLineBreak(text, i + 1, close)) {
        i = close;
        continue;
      }
      end = close + 1;
    }
    ranges.push([i, end]);
    i = end < text.length ? text.indexOf('`', end) : -1;
  }
  return ranges;
}
