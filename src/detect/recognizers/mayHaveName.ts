import { textFeatures } from '../textFeatures.ts';
import { CAPITALISED } from './chatWords.ts';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, HONORIFICS, LAST_NAMES, PLACE_NAMES, isKnownOtherWord, normaliseWord } from './nameLexicon.ts';
import { DAY_WORDS, MONTH_WORDS, NOT_NAME_WORDS, TECHNICAL_NAMES } from './notPersonNames.ts';
import { GREETINGS } from './personContext.ts';

/** A word of `hasNameFieldBefore`'s phrases: after one, any capitalised word is a name. */
export const NAME_FIELD_HINT = /\b(?:name|patient|applicant|signed|sincerely|regards|call me|attn|c\/o|contact)\b/;

const GREETING_WORDS = new Set(GREETINGS.split('|'));
const UPPER_CASE = /\p{Lu}/u;

/** The patterns, for the linear-time check. */
export const MAY_HAVE_NAME_PATTERNS: readonly RegExp[] = [NAME_FIELD_HINT, UPPER_CASE];

/**
 * A quick look before the words are read: is there a capitalised word that could start a name (a
 * first name, a title, a surname, or a word compromise does not know that is not a tool, a team
 * word, a place or a date), a name field, or a greeting followed by a lower-case first name? Most
 * chat has none: its capitals are "Thanks", "The", "PR", "CI", "TypeError", "Kafka". A superset of
 * what `capitalisedName` and `lowerCaseName` can report, so a `false` loses nothing.
 *
 * One pass over the characters; a word is sliced and looked up only when it starts with a capital
 * (or follows a greeting), which is what keeps most messages at a few hundred nanoseconds.
 */
export function mayHaveName(text: string): boolean {
  if (NAME_FIELD_HINT.test(textFeatures(text).lowerCase)) return true;
  const length = text.length;
  let afterGreeting = false;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!isWordCharacter(c)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < length && isWordCharacter(text.charCodeAt(end))) end++;
    i = end;
    if ((c >= 65 && c <= 90) || (c > 127 && UPPER_CASE.test(text.charAt(start)))) {
      afterGreeting = false;
      if (couldStartName(wordAt(text, start, end))) return true;
    } else if (c >= 97 && c <= 122 && end - start <= 15) {
      // "thanks sarah": a greeting, then a lower-case first name.
      const word = wordAt(text, start, end);
      if (afterGreeting && isPlainFirstName(normaliseWord(word))) return true;
      afterGreeting = GREETING_WORDS.has(word);
    } else {
      afterGreeting = false;
    }
  }
  return false;
}

/** The word without a possessive or a full stop, hyphen or quote at its end ("Maria's", "Mr.", "Tom."). */
function wordAt(text: string, start: number, end: number): string {
  let to = end;
  while (to > start && isTrailing(text.charCodeAt(to - 1))) to--;
  if (to - start > 3 && text.charCodeAt(to - 1) === 115 && isApostrophe(text.charCodeAt(to - 2))) to -= 2;
  return text.slice(start, to);
}

function couldStartName(word: string): boolean {
  if (word.length < 2 || word.length > 40 || !CAPITALISED.test(word)) return false;
  const normal = normaliseWord(word);
  if (FIRST_NAMES.has(normal) || HONORIFICS.has(normal) || LAST_NAMES.has(normal)) return true;
  if (TECHNICAL_NAMES.has(normal) || NOT_NAME_WORDS.has(normal) || PLACE_NAMES.has(normal) || MONTH_WORDS.has(normal) || DAY_WORDS.has(normal)) return false;
  return normal.includes('-') || !isKnownOtherWord(normal);
}

function isPlainFirstName(normal: string): boolean {
  return FIRST_NAMES.has(normal) && !AMBIGUOUS_FIRST_NAMES.has(normal) && !TECHNICAL_NAMES.has(normal);
}

/** Letters, digits and what joins them inside a word or an identifier ("O'Brien", "user_id", "a.b", "@U1"). */
function isWordCharacter(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 39 || c === 46 || c === 64 || c === 35 || c === 47 || c === 96;
  }
  return !(c === 160 || (c >= 0x2000 && c <= 0x2018) || (c >= 0x201a && c <= 0x206f) || c === 0x3000 || c === 0xfeff || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1);
}

function isTrailing(c: number): boolean {
  return c === 46 || c === 45 || c === 39 || c === 0x2019;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
