import type { Finding } from '../finding.ts';
import type { TextFeatures } from '../textFeatures.ts';
import { chatWords, WORD_PATTERNS, type ChatWord } from './chatWords.ts';
import { peopleAround } from './compromisePeople.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, HONORIFICS, LAST_NAMES, PLACE_NAMES, isKnownOtherWord } from './nameLexicon.ts';
import { CALENDAR_WORDS, NOT_NAME_WORDS, PLACEHOLDER_NAMES, TECHNICAL_NAMES } from './notPersonNames.ts';
import { placeEnd } from './placeEnd.ts';

/**
 * Scores for PERSON, around the default threshold of 0.5: everything below is reported, because
 * each is clearly a name. (Whether a colleague's name should cost a message is the pipeline's
 * policy, not detection's.)
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
   * A first name that is also an everyday word, read as a person by compromise ("Mark pushed a
   * fix"); an unknown capitalised word where people are named ("talked to Okonkwo", "Chidi said");
   * a lower-case first name after a greeting ("thanks sarah").
   */
  likely: 0.6,
});

/**
 * The most times one text may run compromise's tagger (`peopleAround`), a few hundred
 * microseconds each. Chat needs one at most; a 40,000-character paste of "Mark Grant Chase" would
 * otherwise cost seconds. Past the cap, such words are not reported.
 */
export const MAX_TAGGER_CALLS = 4;

/** How far back the words that introduce a name are looked for. */
const LOOKBACK = 40;

/** A title, a name field or a signature closing right before the word: any capitalised word there is a name. */
const NAME_FIELD_BEFORE =
  /(?:\bmy\s+name\s+is|\bname\s+is|\bname\s*[:=]|\bpatient\s*[:#-]?|\bapplicant\s*[:-]|\bsigned\s*[:,]?|\bsincerely\s*,|\bregards\s*,|\bcall\s+me|\battn\.?\s*:?|\bc\/o|\bemergency\s+contact\s*[:-]?|\bcontact\s+person\s*[:-]?)\s*$/i;

/** The last word of each phrase in `NAME_FIELD_BEFORE`. */
const FIELD_LAST_WORDS = new Set(['is', 'name', 'patient', 'applicant', 'signed', 'sincerely', 'regards', 'me', 'attn', 'contact', 'person']);

/** Words people are named after ("ask", "thanks", "talked to", "filed by", "Reviewer:"). */
const PERSON_SLOT_BEFORE = new RegExp(
  String.raw`(?:\b(?:ask|asked|ping|pinged|tell|told|cc|thank|thanks|thx|ty|met|meet|hey|hi|hello|dear|cheers|welcome|congrats|congratulations|contact|reviewer|assignee|reporter|requester|driver|employee|customer|client|owner)` +
    String.raw`|\b(?:i\s+am|i'm|i’m|this\s+is)` +
    String.raw`|\b(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|reach(?:ed)?\s+out|repl(?:y|ied)|say\s+hi|assign(?:ed|ing)?(?:\s+(?:this|it|them))?|hand(?:ed)?\s+(?:it\s+)?over)\s+to` +
    String.raw`|\b(?:meeting|call|lunch|chat|sync|1:1|pair(?:ing|ed)?|catch(?:ing)?\s+up|coffee|dinner|interview)\s+with` +
    String.raw`|\b(?:filed|reported|approved|written|signed|raised|opened|requested|reviewed)\s+by` +
    String.raw`|\bloop(?:ed)?\s+in)\s*[:,]?\s*$`,
  'i',
);

/** Greetings and requests a lower-case name is written after ("thanks sarah", "cc tom"). */
const GREETINGS = 'ask|asked|ping|pinged|tell|told|cc|thank|thanks|thx|ty|hey|hi|hello|dear|cheers|welcome|congrats|congratulations';
const GREETING_WORDS = new Set(GREETINGS.split('|'));
const GREETING_BEFORE = new RegExp(String.raw`\b(?:${GREETINGS})\s*[:,]?\s*$`, 'i');
/** For the gate: a text with no capital letter and none of these has no name this recognizer reports. */
const LOWER_CASE_GREETING = new RegExp(String.raw`\b(?:${GREETINGS})\b`);

/** The last word of each phrase in `PERSON_SLOT_BEFORE`. */
const SLOT_LAST_WORDS = new Set([
  'ask', 'asked', 'ping', 'pinged', 'tell', 'told', 'cc', 'thank', 'thanks', 'thx', 'ty', 'met', 'meet', 'hey', 'hi', 'hello',
  'dear', 'cheers', 'welcome', 'congrats', 'congratulations', 'contact', 'reviewer', 'assignee', 'reporter', 'requester',
  'driver', 'employee', 'customer', 'client', 'owner', 'am', "i'm", 'i’m', 'is', 'to', 'with', 'by', 'in',
]);

/** What people do in chat right after their name ("Chidi said", "Okafor is out today"). */
const PERSON_VERB_AFTER =
  /^\s+(?:said|says|asked|told|thinks|thought|mentioned|replied|agreed|promised|is\s+out(?!\s+of)|is\s+off|is\s+on\s+(?:leave|vacation|holiday|pto)|is\s+ooo|is\s+sick|joined|will\s+join|has\s+joined)\b/i;

/** Before a month, these make it a date ("in May", "since June"). */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'of', 'next', 'last', 'this', 'early', 'mid', 'late', 'before', 'after', 'during']);

/** Lower-case words inside a name: "Ludwig van der Berg", "María de la Cruz". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ibn', 'ten', 'ter', 'y']);

/** Words in one name, at most. */
const LONGEST_NAME = 4;

/**
 * People's names in chat text (PERSON): rules over compromise's name lists (`nameLexicon.ts`),
 * with compromise's tagger consulted only for first names that are also words.
 *
 * Reported: a name after a title ("Mr. Mayers", the title not included) or a name field ("my name
 * is", "Name:", "Patient", a signature), a known first name with or without a surname ("Dan
 * Tailor", "Richard M. Nixon", "Ludwig van der Berg", "Maria"), a first name that is also a word
 * when the tagger reads it as a person ("Mark pushed a fix"), and an unknown capitalised word
 * where people are named ("talked to Okonkwo", "Chidi said").
 *
 * Not reported: tools, products, assistants and companies even when they are also first names
 * (Jenkins, Claude, Alexa, Hugo: `notPersonNames.ts`), Slack mentions, code identifiers,
 * CamelCase, file and branch names and anything in backticks (`chatWords.ts`), days and months,
 * team and audience words ("Hi Team"), places, surnames with nothing around them, and published
 * placeholders ("John Doe").
 *
 * Cost: one pass over the words and a hash probe per capitalised word, a few microseconds for a
 * chat message; compromise's tagger (hundreds of microseconds) only for ambiguous first names, at
 * most `MAX_TAGGER_CALLS` times per text, on the sentence around the word.
 */
export const personRecognizer: PatternRecognizer = {
  name: 'person',
  labels: ['PERSON'],
  patterns: [...WORD_PATTERNS, NAME_FIELD_BEFORE, PERSON_SLOT_BEFORE, PERSON_VERB_AFTER, GREETING_BEFORE, LOWER_CASE_GREETING],
  // A name is written with a capital (ASCII or not), or in lower case right after a greeting.
  mayMatch: (f: TextFeatures) => f.upperCase > 0 || f.nonAscii || LOWER_CASE_GREETING.test(f.lowerCase),
  recognize(text: string): Finding[] {
    const words = chatWords(text);
    const findings: Finding[] = [];
    let taggerCalls = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined || word.shape === 'other' || word.shape === 'initial') continue;
      const place = word.shape === 'capitalised' ? placeEnd(words, i) : undefined;
      if (place !== undefined && place > i) {
        // "San Francisco", "Santa Clara": not a first name after an unknown word.
        i = place;
        continue;
      }
      const found = word.shape === 'lowercase' ? lowerCaseName(text, words, i) : capitalisedName(text, words, i, () => taggerCalls++ < MAX_TAGGER_CALLS);
      if (found === undefined) continue;
      const first = words[found.first];
      const last = words[found.last];
      if (first === undefined || last === undefined) continue;
      if (!isPlaceholder(words, found.first, found.last)) {
        findings.push({ start: first.start, end: last.end, label: 'PERSON', score: found.score, recognizer: 'person' });
      }
      i = Math.max(i, found.last);
    }
    return findings;
  },
};

interface NameRun {
  first: number;
  last: number;
  score: number;
}

function capitalisedName(text: string, words: readonly ChatWord[], i: number, mayTag: () => boolean): NameRun | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  const { normal } = word;

  if (HONORIFICS.has(normal) && (word.after === '.' || word.after === '')) {
    const next = words[i + 1];
    if (next?.shape !== 'capitalised' || hasBreakBetween(text, word, next)) return undefined;
    return { first: i + 1, last: nameEnd(words, i + 1), score: PERSON_SCORES.certain };
  }

  let field: boolean | undefined;
  const fieldBefore = (): boolean => (field ??= endsWith(words, i, FIELD_LAST_WORDS) && NAME_FIELD_BEFORE.test(before(text, word)));
  const followedBySurname = !word.closed && isKnownSurname(words[i + 1]);

  if (TECHNICAL_NAMES.has(normal)) {
    if (followedBySurname || fieldBefore()) return { first: i, last: nameEnd(words, i), score: PERSON_SCORES.certain };
    return undefined;
  }

  if (CALENDAR_WORDS.has(normal)) {
    // "Mr. May" and "Dan May" are handled by the title and the surname rules; alone it is a date.
    return fieldBefore() ? { first: i, last: nameEnd(words, i), score: PERSON_SCORES.certain } : undefined;
  }

  if (isFirstName(normal) && !AMBIGUOUS_FIRST_NAMES.has(normal)) {
    const last = nameEnd(words, i);
    const score = last > i || fieldBefore() ? PERSON_SCORES.certain : PERSON_SCORES.firstName;
    return { first: i, last, score };
  }

  if (AMBIGUOUS_FIRST_NAMES.has(normal)) {
    if (followedBySurname || fieldBefore()) return { first: i, last: nameEnd(words, i), score: PERSON_SCORES.certain };
    if (DATE_PREPOSITIONS.has(words[i - 1]?.normal ?? '')) return undefined;
    // Where people are named, no grammar is needed: "thanks Grace", "ask Grant about it", "Grace is out".
    if ((!word.sentenceStart && hasSlotBefore(text, words, i)) || (!word.closed && PERSON_VERB_AFTER.test(text.slice(word.end, word.end + 30)))) {
      return { first: i, last: i, score: PERSON_SCORES.likely };
    }
    if (!mayTag()) return undefined;
    const read = peopleAround(text, word.start, word.end, word.sentenceStart).find((span) => span.start <= word.start && word.end <= span.end);
    if (read === undefined) return undefined;
    let last = i;
    while (last + 1 < words.length && (words[last + 1]?.end ?? Infinity) <= read.end && words[last + 1]?.shape === 'capitalised') last++;
    // Title Case text reads as one long name to the tagger ("Pat Test Suite"); real names are not made of words.
    for (let k = i + 1; k <= last; k++) {
      const part = words[k]?.normal ?? '';
      if (isKnownOtherWord(part) && !LAST_NAMES.has(part)) return undefined;
    }
    return { first: i, last, score: PERSON_SCORES.likely };
  }

  // A word compromise knows as something else ("Support", "Please"), a place or an audience.
  if (NOT_NAME_WORDS.has(normal) || PLACE_NAMES.has(normal) || isKnownOtherWord(normal)) return undefined;

  // A capitalised word compromise does not know (or knows as a surname).
  if (fieldBefore()) return { first: i, last: nameEnd(words, i), score: PERSON_SCORES.certain };
  const last = nameEnd(words, i);
  const lastWord = words[last];
  const slot = hasSlotBefore(text, words, i) || (lastWord !== undefined && PERSON_VERB_AFTER.test(text.slice(lastWord.end, lastWord.end + 30)));
  return slot ? { first: i, last, score: PERSON_SCORES.likely } : undefined;
}

/** "thanks sarah": a lower-case first name counts only right after a greeting. */
function lowerCaseName(text: string, words: readonly ChatWord[], i: number): NameRun | undefined {
  const word = words[i];
  if (word === undefined || !isFirstName(word.normal)) return undefined;
  if (AMBIGUOUS_FIRST_NAMES.has(word.normal) || TECHNICAL_NAMES.has(word.normal) || CALENDAR_WORDS.has(word.normal)) return undefined;
  if (!endsWith(words, i, GREETING_WORDS) || !GREETING_BEFORE.test(before(text, word))) return undefined;
  return { first: i, last: i, score: PERSON_SCORES.likely };
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

/**
 * The last word of the name that starts at `first`: further capitalised words, initials ("M.")
 * and particles ("van der") before a capitalised word, up to `LONGEST_NAME` words, never past
 * punctuation, a new sentence, a tool's name, a team word or a day. A month is taken as a surname
 * ("Dan May") unless a number follows it ("Tom May 5th").
 */
function nameEnd(words: readonly ChatWord[], first: number): number {
  let last = first;
  let count = 1;
  while (count < LONGEST_NAME) {
    const current = words[last];
    if (current === undefined || (current.closed && !(current.shape === 'initial' && current.after === '.'))) break;
    let next = last + 1;
    while (words[next]?.shape === 'lowercase' && PARTICLES.has(words[next]?.normal ?? '') && !words[next]?.closed && next - last <= 2) next++;
    const candidate = words[next];
    if (candidate === undefined || candidate.sentenceStart) break;
    if (candidate.shape === 'initial') {
      if (words[next + 1]?.shape !== 'capitalised') break;
    } else if (candidate.shape !== 'capitalised' || !mayContinueName(candidate, words[next + 1])) {
      break;
    }
    last = next;
    count++;
  }
  return last;
}

function mayContinueName(word: ChatWord, following: ChatWord | undefined): boolean {
  const { normal } = word;
  if (TECHNICAL_NAMES.has(normal) || NOT_NAME_WORDS.has(normal) || HONORIFICS.has(normal)) return false;
  if (CALENDAR_WORDS.has(normal)) {
    const isMonthAsSurname = !['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'tonight'].includes(normal);
    return isMonthAsSurname && !(word.closed === false && following !== undefined && /^\d/.test(following.text));
  }
  return true;
}

function hasBreakBetween(text: string, a: ChatWord, b: ChatWord): boolean {
  return /\n/.test(text.slice(a.end, b.start));
}

/**
 * Whether the word before `i` is one a phrase of `words` ends with: the phrase regexes are tested
 * only then, so a capitalised word costs a set lookup, not a regex, in most messages.
 */
function endsWith(words: readonly ChatWord[], i: number, lastWords: ReadonlySet<string>): boolean {
  const previous = words[i - 1];
  return previous !== undefined && (previous.shape === 'other' || lastWords.has(previous.normal));
}

function hasSlotBefore(text: string, words: readonly ChatWord[], i: number): boolean {
  const word = words[i];
  return word !== undefined && endsWith(words, i, SLOT_LAST_WORDS) && PERSON_SLOT_BEFORE.test(before(text, word));
}

function before(text: string, word: ChatWord): string {
  return text.slice(Math.max(0, word.start - LOOKBACK), word.start);
}

function isPlaceholder(words: readonly ChatWord[], first: number, last: number): boolean {
  if (last === first) return false;
  const name = words
    .slice(first, last + 1)
    .map((w) => w.normal || w.text.toLowerCase())
    .join(' ');
  return PLACEHOLDER_NAMES.has(name);
}
