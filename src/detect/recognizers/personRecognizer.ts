import type { Finding } from '../finding.ts';
import type { TextFeatures } from '../textFeatures.ts';
import { chatWords, WORD_PATTERNS, type ChatWord } from './chatWords.ts';
import { peopleAround } from './compromisePeople.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { MAY_HAVE_NAME_PATTERNS, mayHaveName } from './mayHaveName.ts';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, HONORIFICS, LAST_NAMES, PLACE_NAMES, isKnownOtherWord } from './nameLexicon.ts';
import { nameEnd } from './nameEnd.ts';
import { DAY_WORDS, MONTH_WORDS, NOT_NAME_WORDS, PLACEHOLDER_NAMES, TECHNICAL_NAMES } from './notPersonNames.ts';
import {
  PERSON_CONTEXT_PATTERNS,
  hasAnyGreeting,
  hasGreetingBefore,
  hasNameFieldBefore,
  hasPersonSlotBefore,
  hasPersonVerbAfter,
} from './personContext.ts';
import { placeEnd } from './placeEnd.ts';

/**
 * Scores for PERSON. All of them clear the default threshold of 0.5, because each is clearly a
 * name; they rank the evidence for overlaps and for a stricter `minScore`. (Whether a colleague's
 * name should cost a message is the pipeline's policy, not detection's.)
 */
export const PERSON_SCORES = Object.freeze({
  /**
   * A title or a name field before it ("Mr. Mayers", "my name is Dan", "Patient: ...", a
   * signature after "Regards,"), or a first name followed by a surname ("Dan Tailor").
   */
  certain: 0.85,
  /** A known first name on its own ("thanks Tom", "Maria is out today"). */
  firstName: 0.7,
  /**
   * A first name that is also an everyday word, where people are named or read as a person by
   * compromise ("ask Grant about it", "Mark pushed a fix"); an unknown capitalised word where
   * people are named ("talked to Okonkwo", "Chidi said"); a lower-case first name after a
   * greeting ("thanks sarah").
   */
  likely: 0.6,
});

/**
 * The most times one text may run compromise's tagger (`peopleAround`, a few hundred microseconds
 * each). A chat message needs one at most, and one in a thousand needs any; a 40,000-character
 * paste full of "Mark" and "Grace" would otherwise cost seconds. Past the cap, such words are not
 * reported.
 */
export const MAX_TAGGER_CALLS = 4;

/** Before a month, these make it a date ("in May", "since June"). */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'of', 'next', 'last', 'this', 'early', 'mid', 'late', 'before', 'after', 'during']);

/** After a sentence-initial first name that is also a verb, these make it the verb ("Chase the vendor", "Mark as resolved"). */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'you', 'yourself', 'yourselves', 'we', 'they', 'he', 'she', 'i', 'as',
  'up', 'down', 'out', 'off', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'all', 'any', 'some', 'to', 'for', 'on', 'at',
]);

/**
 * People's names in chat text (PERSON): rules over compromise's name lists (`nameLexicon.ts`),
 * with compromise's tagger consulted only for first names that are also words, and only where the
 * words around them do not settle it.
 *
 * Reported: a name after a title ("Mr. Mayers", the title not included) or a name field ("my name
 * is", "Name:", "Patient", a signature), a known first name with or without a surname ("Dan
 * Tailor", "Richard M. Nixon", "Ludwig van der Berg", "Maria"), a first name that is also a word
 * where people are named or when the tagger reads it as a person ("ask Grant", "Mark pushed a
 * fix"), and an unknown capitalised word where people are named ("talked to Okonkwo", "Chidi
 * said").
 *
 * Not reported: tools, products, assistants and companies even when they are also first names
 * (Jenkins, Claude, Alexa, Hugo: `notPersonNames.ts`), Slack mentions, code identifiers,
 * CamelCase, file and branch names and anything in backticks (`chatWords.ts`), days and months,
 * team and audience words ("Hi Team"), places, surnames with nothing around them, and published
 * placeholders ("John Doe").
 *
 * Cost: one pass over the words and a hash probe per capitalised word, about a microsecond for a
 * chat message; compromise's tagger (hundreds of microseconds) only for the ambiguous first names
 * left over, at most `MAX_TAGGER_CALLS` times per text, on the sentence around the word.
 */
export const personRecognizer: PatternRecognizer = {
  name: 'person',
  labels: ['PERSON'],
  patterns: [...WORD_PATTERNS, ...PERSON_CONTEXT_PATTERNS, ...MAY_HAVE_NAME_PATTERNS],
  // A name is written with a capital (ASCII or not), or in lower case right after a greeting.
  mayMatch: (f: TextFeatures) => f.upperCase > 0 || f.nonAscii || hasAnyGreeting(f.lowerCase),
  recognize(text: string): Finding[] {
    if (!mayHaveName(text)) return [];
    const words = chatWords(text);
    const findings: Finding[] = [];
    let taggerCalls = 0;
    const mayTag = (): boolean => taggerCalls++ < MAX_TAGGER_CALLS;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined) continue;
      let found: NameRun | undefined;
      if (word.shape === 'lowercase') {
        found = lowerCaseName(text, words, i);
      } else if (word.shape === 'capitalised') {
        const place = placeEnd(words, i);
        if (place !== undefined && place > i) {
          // "San Francisco", "Santa Clara": not a first name after an unknown word.
          i = place;
          continue;
        }
        found = capitalisedName(text, words, i, mayTag);
      }
      if (found === undefined) continue;
      const first = words[found.first];
      const last = words[found.last];
      if (first !== undefined && last !== undefined && !isPlaceholder(words, found.first, found.last)) {
        findings.push({ start: first.start, end: last.end, label: 'PERSON', score: found.score, recognizer: 'person' });
      }
      i = Math.max(i, found.last);
    }
    return findings;
  },
};

/** Words `first` to `last` of the text are a name. */
interface NameRun {
  first: number;
  last: number;
  score: number;
}

function capitalisedName(text: string, words: readonly ChatWord[], i: number, mayTag: () => boolean): NameRun | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  const { normal } = word;
  const run = (score: number, first = i): NameRun => ({ first, last: nameEnd(words, first), score });

  if (HONORIFICS.has(normal) && (word.after === '.' || word.after === '')) {
    const next = words[i + 1];
    if (next?.shape !== 'capitalised' || text.slice(word.end, next.start).includes('\n')) return undefined;
    return run(PERSON_SCORES.certain, i + 1);
  }

  let field: boolean | undefined;
  const fieldBefore = (): boolean => (field ??= hasNameFieldBefore(text, words, i));
  const followedBySurname = !word.closed && isKnownSurname(words[i + 1]);

  if (TECHNICAL_NAMES.has(normal)) {
    // "Julia Roberts", "my name is Claude"; alone it is the tool.
    return followedBySurname || fieldBefore() ? run(PERSON_SCORES.certain) : undefined;
  }
  if (MONTH_WORDS.has(normal) || DAY_WORDS.has(normal)) {
    // "Mr. May" and "Dan May" are the title and surname rules'; alone it is a date.
    return fieldBefore() ? run(PERSON_SCORES.certain) : undefined;
  }

  if (AMBIGUOUS_FIRST_NAMES.has(normal)) return ambiguousName(text, words, i, followedBySurname || fieldBefore(), mayTag);

  if (isFirstName(normal)) {
    const found = run(PERSON_SCORES.firstName);
    return found.last > i || fieldBefore() ? { ...found, score: PERSON_SCORES.certain } : found;
  }

  // A word compromise knows as something else ("Support", "Please"), a place or an audience.
  if (NOT_NAME_WORDS.has(normal) || PLACE_NAMES.has(normal) || isKnownOtherWord(normal)) return undefined;

  // A capitalised word compromise does not know, or knows as a surname: a name where people are named.
  if (fieldBefore()) return run(PERSON_SCORES.certain);
  const found = run(PERSON_SCORES.likely);
  return hasPersonSlotBefore(text, words, i) || hasPersonVerbAfter(text, words, found.last) ? found : undefined;
}

/**
 * A first name that is also a word ("Mark", "Grant", "Grace", "Will"): a surname or a name field
 * settles it, then the words around it, and only then compromise's tagger.
 */
function ambiguousName(text: string, words: readonly ChatWord[], i: number, settled: boolean, mayTag: () => boolean): NameRun | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  if (settled) return { first: i, last: nameEnd(words, i), score: PERSON_SCORES.certain };
  if (DATE_PREPOSITIONS.has(words[i - 1]?.normal ?? '')) return undefined;
  // Where people are named: "thanks Grace", "ask Grant about it", "Grace is out today".
  if ((!word.sentenceStart && hasPersonSlotBefore(text, words, i)) || hasPersonVerbAfter(text, words, i)) {
    return { first: i, last: i, score: PERSON_SCORES.likely };
  }
  // "Will the migration lock", "Chase the vendor", "Mark as resolved": the verb.
  if (word.sentenceStart && !word.closed && FUNCTION_WORDS.has(words[i + 1]?.normal ?? '')) return undefined;
  if (!mayTag()) return undefined;
  const read = peopleAround(text, word.start, word.end, word.sentenceStart).find((span) => span.start <= word.start && word.end <= span.end);
  if (read === undefined) return undefined;
  let last = i;
  while ((words[last + 1]?.end ?? Infinity) <= read.end && words[last + 1]?.shape === 'capitalised') last++;
  // Title Case reads as one long name to the tagger ("Pat Test Suite"); names are not made of words.
  for (let k = i + 1; k <= last; k++) {
    const part = words[k]?.normal ?? '';
    if (isKnownOtherWord(part) && !LAST_NAMES.has(part)) return undefined;
  }
  return { first: i, last, score: PERSON_SCORES.likely };
}

/** "thanks sarah": a lower-case first name counts only right after a greeting. */
function lowerCaseName(text: string, words: readonly ChatWord[], i: number): NameRun | undefined {
  const normal = words[i]?.normal ?? '';
  if (!isFirstName(normal) || AMBIGUOUS_FIRST_NAMES.has(normal) || TECHNICAL_NAMES.has(normal) || MONTH_WORDS.has(normal)) return undefined;
  return hasGreetingBefore(text, words, i) ? { first: i, last: i, score: PERSON_SCORES.likely } : undefined;
}

function isFirstName(normal: string): boolean {
  if (FIRST_NAMES.has(normal)) return true;
  const hyphen = normal.indexOf('-');
  // "Jean-Luc", "Anna-Lena": either half will do.
  return hyphen > 0 && (FIRST_NAMES.has(normal.slice(0, hyphen)) || FIRST_NAMES.has(normal.slice(hyphen + 1)));
}

function isKnownSurname(word: ChatWord | undefined): boolean {
  return word !== undefined && word.shape === 'capitalised' && !word.sentenceStart && LAST_NAMES.has(word.normal) && !TECHNICAL_NAMES.has(word.normal);
}

function isPlaceholder(words: readonly ChatWord[], first: number, last: number): boolean {
  if (last === first) return false;
  const name = words
    .slice(first, last + 1)
    .map((w) => w.normal)
    .join(' ');
  return PLACEHOLDER_NAMES.has(name);
}
