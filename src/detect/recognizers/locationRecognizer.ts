import type { Finding } from '../finding.ts';
import type { TextFeatures } from '../textFeatures.ts';
import { chatWords, WORD_PATTERNS, type ChatWord } from './chatWords.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { isKnownOtherWord } from './nameLexicon.ts';
import { NOT_NAME_WORDS, TECHNICAL_NAMES } from './notPersonNames.ts';
import { placeEnd } from './placeEnd.ts';

/**
 * Scores for LOCATION. In team chat a city is mostly infrastructure ("the Frankfurt region",
 * "deploying to Dublin", "the London office"): only where a person lives, comes from or was born
 * makes it personal data, so only that is a finding at all.
 */
export const LOCATION_SCORES = Object.freeze({
  /** A place compromise knows, where the writer says someone lives, comes from or was born. */
  personal: 0.7,
  /** A capitalised name compromise does not know, right after "I live in", "grew up in", "born in". */
  personalUnknown: 0.6,
});

/** Phrases after which any capitalised name is a place someone lives in or comes from. */
const HOME_BEFORE =
  /(?:\bi\s+live\s+(?:in|near)|\blives?\s+(?:in|near)|\bliving\s+(?:in|near)|\bgrew\s+up\s+in|\bborn\s+(?:and\s+raised\s+)?in|\braised\s+in|\bresid(?:e|es|ing)\s+in|\bhome\s*town(?:\s+is|:)|\b(?:i\s+am|i'm|i’m)\s+based\s+in|\bwohne\s+in|\bj['’]habite\s+(?:à|a)|\bvivo\s+en|\babito\s+a)\s*$/i;
/** Phrases that make a known place personal, but an unknown name after them may be a team or a tool ("I'm from Payments"). */
const ORIGIN_BEFORE =
  /(?:\b(?:i\s+am|i'm|i’m)\s+(?:originally\s+)?(?:from|in)|\b(?:i|we|she|he|they)\s+(?:moved|relocated)\s+to|\b(?:i\s+am|i'm|i’m|we\s+are|we're|we’re)\s+(?:moving|relocating)\s+to|\bmy\s+home\s+is\s+in|\bi\s+come\s+from)\s*$/i;
/** "born 12.05.1983 in Graz", "né le 12 juin 1979 à Lyon", "geb. 03.02.1975 in Hamburg". */
const BIRTH_WORD = /(?<![\p{L}\p{N}_])(?:born|geb\.|geboren|n[ée]e?|nacid[oa]|nat[oa])(?![\p{L}\p{N}_])/iu;
/**
 * Some word of `HOME_BEFORE`, `ORIGIN_BEFORE` or `BIRTH_WORD`: without one, a text names no place
 * as someone's. Tested on the lower-cased text, without the `u` flag: a case-insensitive Unicode
 * regex costs twenty times as much per message.
 */
const PERSONAL_HINT =
  /(?:\bliv(?:e|es|ing)\b|grew\s+up|\bborn\b|\braised\b|\bresid|home\s*town|\bbased\s+in|\b(?:i'm|i’m|i\s+am)\s+(?:originally\s+)?(?:from|in)\b|come\s+from|\b(?:moved|moving|relocat\w*)\s+to\b|\bmy\s+home\b|\bwohne\b|habite|\bvivo\s+en|\babito\b|\bgeb\.|\bgeboren\b|\bn[ée]e?\s|\bnacid[oa]\b|\bnat[oa]\b)/;
const PLACE_PREPOSITIONS = new Set(['in', 'à', 'a', 'en', 'near']);
const LOOKBACK = 40;
/** Words in one unknown place name, at most. */
const LONGEST_PLACE = 3;

/**
 * Places (LOCATION): the places compromise knows (cities, countries, regions, landmarks, single
 * and multi-word: "Dublin", "San Francisco", "Buenos Aires") and, after "I live in", "grew up
 * in", "born in" and the like, any capitalised name. Reported only where the text says it is personal:
 * someone lives there, comes from there, moves there, was born there; "Austin, Texas" keeps its
 * region. A place named without that ("deploying to Dublin", "the London office") is not even a
 * candidate: it would never be reported in chat, and looking for it would cost every message with
 * a capital letter a pass over its words; the text is only read when a personal phrase is in it
 * (`PERSONAL_HINT`). Street addresses are `addressRecognizer`'s.
 */
export const locationRecognizer: PatternRecognizer = {
  name: 'location',
  labels: ['LOCATION'],
  patterns: [...WORD_PATTERNS, HOME_BEFORE, ORIGIN_BEFORE, BIRTH_WORD, PERSONAL_HINT],
  // Every place it reports starts with a capital letter (ASCII or not: "Évry", "Łódź") after a personal phrase.
  mayMatch: (f: TextFeatures) => (f.upperCase > 0 || f.nonAscii) && PERSONAL_HINT.test(f.lowerCase),
  recognize(text: string): Finding[] {
    if (!PERSONAL_HINT.test(text.toLowerCase())) return [];
    const words = chatWords(text);
    const findings: Finding[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word?.shape !== 'capitalised') continue;
      const known = placeEnd(words, i);
      const context = text.slice(Math.max(0, word.start - LOOKBACK), word.start);
      let last: number | undefined;
      let score: number;
      if (HOME_BEFORE.test(context) || isBirthPlace(words, i, context)) {
        last = known ?? unknownPlaceEnd(words, i);
        score = known === undefined ? LOCATION_SCORES.personalUnknown : LOCATION_SCORES.personal;
      } else if (known !== undefined && ORIGIN_BEFORE.test(context)) {
        last = known;
        score = LOCATION_SCORES.personal;
      } else {
        if (known !== undefined) i = known;
        continue;
      }
      if (last === undefined) continue;
      last = withRegion(words, last);
      const end = words[last]?.end ?? word.end;
      findings.push({ start: word.start, end, label: 'LOCATION', score, recognizer: 'location' });
      i = last;
    }
    return findings;
  },
};

/** A place right after "in" / "à" in a sentence that says someone was born. */
function isBirthPlace(words: readonly ChatWord[], i: number, context: string): boolean {
  const previous = words[i - 1];
  return previous !== undefined && PLACE_PREPOSITIONS.has(previous.normal) && BIRTH_WORD.test(context);
}

/** Up to three capitalised words that are not tools, teams or ordinary words ("Utrecht", "Graz"). */
function unknownPlaceEnd(words: readonly ChatWord[], first: number): number | undefined {
  const isName = (w: ChatWord | undefined): boolean =>
    w !== undefined && w.shape === 'capitalised' && !TECHNICAL_NAMES.has(w.normal) && !NOT_NAME_WORDS.has(w.normal) && !isKnownOtherWord(w.normal);
  if (!isName(words[first])) return undefined;
  let last = first;
  while (last - first + 1 < LONGEST_PLACE && !words[last]?.closed && isName(words[last + 1]) && !words[last + 1]?.sentenceStart) last++;
  return last;
}

/** "Austin, Texas", "Porto, Portugal": a known region or country after a comma belongs to the place. */
function withRegion(words: readonly ChatWord[], last: number): number {
  const word = words[last];
  if (word?.after !== ',') return last;
  const region = placeEnd(words, last + 1);
  return region ?? last;
}
