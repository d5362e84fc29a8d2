import nlp from 'compromise';

/** A name compromise reads in the text, in offsets of the whole text. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * How far around a word its sentence is looked for, each way. compromise's cost grows with the
 * text it is given (a few hundred microseconds for a chat sentence, seconds for 40,000
 * characters), so it only ever sees the sentence around one word, cut at this distance.
 */
export const SENTENCE_REACH = 160;

interface TermJson {
  text: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

interface SentenceJson {
  terms?: TermJson[];
}

/**
 * The people compromise's tagger finds in the sentence around `[start, end)` (`startsSentence`: the
 * word there begins a sentence, a line or a field, as after "DEV-881:"): runs of terms it tags
 * `Person`, joined only by spaces. This is what tells "Mark pushed a fix" (a name: a past-tense
 * verb follows) from "Mark as resolved" (a verb), and "ask Grant about it" from "Grant read
 * access". A sentence-initial "name" that is not the subject of what follows (`isNotASubject`) is
 * dropped, whatever the tagger says about it.
 *
 * The expensive part of PERSON detection (hundreds of microseconds); the recognizer calls it only
 * for first names that are also ordinary words, and a bounded number of times per text.
 */
export function peopleAround(text: string, start: number, end: number, startsSentence = false): NameSpan[] {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const sentences = tag(text.slice(from, to)).json({ offset: true }) as SentenceJson[];
  const spans: NameSpan[] = [];
  for (const sentence of sentences) {
    const terms = sentence.terms ?? [];
    for (let i = 0; i < terms.length; i++) {
      if (!isPerson(terms[i])) continue;
      let last = i;
      while (last + 1 < terms.length && isPerson(terms[last + 1]) && (terms[last]?.post ?? '').trim() === '') last++;
      const first = terms[i]?.offset;
      const final = terms[last]?.offset;
      // The caller knows sentence starts compromise does not ("DEV-881: Mark notifications as read").
      const initial = i === 0 || (startsSentence && first !== undefined && from + first.start === start);
      if (!(initial && isNotASubject(terms[last + 1])) && first && final) spans.push({ start: from + first.start, end: from + final.start + final.length });
      i = last;
    }
  }
  return spans;
}

/**
 * After a sentence-initial "name", a verb in its base form makes the name an imperative ("Grant read
 * access", "Chase the vendor"), and a noun or an adjective makes it a modifier ("Frank feedback",
 * "Grace period", "Mason jars"): a person there would be followed by a verb in another form.
 */
function isNotASubject(next: TermJson | undefined): boolean {
  const tags = next?.tags ?? [];
  if (next === undefined || tags.includes('Person')) return false;
  return tags.includes('Infinitive') || ((tags.includes('Noun') || tags.includes('Adjective')) && !tags.includes('Verb') && !tags.includes('Pronoun'));
}

/**
 * compromise's tagging without its second pass (`postTagger`, `chunks`): the lexicon and the
 * word-shape and neighbour rules already settle name-or-word for the names this is asked about
 * (same answers on our cases), at about a fifth of the cost of `nlp(text)`.
 */
function tag(sentence: string): ReturnType<typeof nlp> {
  const doc = nlp.tokenize(sentence);
  doc.compute(TAGGING_STEPS);
  return doc;
}

const TAGGING_STEPS = ['freeze', 'typeahead', 'lexicon', 'preTagger'];

function isPerson(term: TermJson | undefined): boolean {
  return term !== undefined && (term.tags ?? []).includes('Person') && /^\p{Lu}/u.test(term.text);
}

function sentenceStart(text: string, start: number): number {
  const limit = Math.max(0, start - SENTENCE_REACH);
  for (let i = start - 1; i >= limit; i--) {
    const c = text.charAt(i);
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text.charAt(i + 1)))) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, end: number): number {
  const limit = Math.min(text.length, end + SENTENCE_REACH);
  for (let i = end; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '\n' || c === '.' || c === '!' || c === '?') return i + 1;
  }
  return limit;
}
