import type { ChatWord } from './chatWords.ts';

/**
 * The words around a capitalised word that make it a person's name, for `personRecognizer`. Each
 * phrase regex is tested only when the word next to the candidate is one its phrases end (or
 * start) with, so in most messages a candidate costs a set lookup, not a regex.
 */

/** How far back the words that introduce a name are looked for. */
const LOOKBACK = 40;
/** How far after a name its verb is looked for. */
const LOOKAHEAD = 30;

/** A title, a name field or a signature closing right before the word: any capitalised word there is a name. */
const NAME_FIELD_BEFORE =
  /(?:\bmy\s+name\s+is|\bname\s+is|\bname\s*[:=]|\bpatient\s*[:#-]?|\bapplicant\s*[:-]|\bsigned\s*[:,]?|\bsincerely\s*,|\bregards\s*,|\bcall\s+me|\battn\.?\s*:?|\bc\/o|\bemergency\s+contact\s*[:-]?|\bcontact\s+person\s*[:-]?)\s*$/i;
const NAME_FIELD_LAST_WORDS = new Set(['is', 'name', 'patient', 'applicant', 'signed', 'sincerely', 'regards', 'me', 'attn', 'contact', 'person']);

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
const PERSON_SLOT_LAST_WORDS = new Set([
  'ask', 'asked', 'ping', 'pinged', 'tell', 'told', 'cc', 'thank', 'thanks', 'thx', 'ty', 'met', 'meet', 'hey', 'hi', 'hello',
  'dear', 'cheers', 'welcome', 'congrats', 'congratulations', 'contact', 'reviewer', 'assignee', 'reporter', 'requester',
  'driver', 'employee', 'customer', 'client', 'owner', 'am', "i'm", 'i’m', 'is', 'to', 'with', 'by', 'in',
]);

/** Greetings and requests a lower-case name is written after ("thanks sarah", "cc tom"). */
export const GREETINGS = 'ask|asked|ping|pinged|tell|told|cc|thank|thanks|thx|ty|hey|hi|hello|dear|cheers|welcome|congrats|congratulations';
const GREETING_BEFORE = new RegExp(String.raw`\b(?:${GREETINGS})\s*[:,]?\s*$`, 'i');
const GREETING_WORDS = new Set(GREETINGS.split('|'));
/** Any greeting, in a lower-cased text. */
const ANY_GREETING = new RegExp(String.raw`\b(?:${GREETINGS})\b`);

/** What people do in chat right after their name ("Chidi said", "Okafor is out today"). */
const PERSON_VERB_AFTER =
  /^\s{1,3}(?:said|says|asked|told|thinks|thought|mentioned|replied|agreed|promised|is\s+out(?!\s+of)|is\s+off|is\s+on\s+(?:leave|vacation|holiday|pto)|is\s+ooo|is\s+sick|joined|will\s+join|has\s+joined)\b/i;
const PERSON_VERB_FIRST_WORDS = new Set(['said', 'says', 'asked', 'told', 'thinks', 'thought', 'mentioned', 'replied', 'agreed', 'promised', 'is', 'joined', 'will', 'has']);

/** The context patterns, for the linear-time check. */
export const PERSON_CONTEXT_PATTERNS: readonly RegExp[] = [NAME_FIELD_BEFORE, PERSON_SLOT_BEFORE, GREETING_BEFORE, ANY_GREETING, PERSON_VERB_AFTER];

/** "my name is", "Name:", "Patient", "Regards,", "call me": whatever capitalised word follows is a name. */
export function hasNameFieldBefore(text: string, words: readonly ChatWord[], i: number): boolean {
  return previousIsOneOf(words, i, NAME_FIELD_LAST_WORDS) && NAME_FIELD_BEFORE.test(before(text, words, i));
}

/** "ask", "thanks", "talked to", "filed by", "Reviewer:": where people, not things, are named. */
export function hasPersonSlotBefore(text: string, words: readonly ChatWord[], i: number): boolean {
  return previousIsOneOf(words, i, PERSON_SLOT_LAST_WORDS) && PERSON_SLOT_BEFORE.test(before(text, words, i));
}

/** "thanks", "hey", "cc" right before: the only place a lower-case first name is believed. */
export function hasGreetingBefore(text: string, words: readonly ChatWord[], i: number): boolean {
  return previousIsOneOf(words, i, GREETING_WORDS) && GREETING_BEFORE.test(before(text, words, i));
}

/** Whether a lower-cased text has a greeting at all (the gate for texts without capitals). */
export function hasAnyGreeting(lowerCase: string): boolean {
  return ANY_GREETING.test(lowerCase);
}

/** "said", "thinks", "is out today", "joined" right after the word that ends at `words[i]`. */
export function hasPersonVerbAfter(text: string, words: readonly ChatWord[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  if (word === undefined || next === undefined || word.closed || !PERSON_VERB_FIRST_WORDS.has(next.normal)) return false;
  return PERSON_VERB_AFTER.test(text.slice(word.end, word.end + LOOKAHEAD));
}

/** The previous word ends one of the phrases, or is punctuation-laden ("c/o", "name=") and might. */
function previousIsOneOf(words: readonly ChatWord[], i: number, lastWords: ReadonlySet<string>): boolean {
  const previous = words[i - 1];
  return previous !== undefined && (previous.shape === 'other' || lastWords.has(previous.normal));
}

function before(text: string, words: readonly ChatWord[], i: number): string {
  const start = words[i]?.start ?? 0;
  return text.slice(Math.max(0, start - LOOKBACK), start);
}
