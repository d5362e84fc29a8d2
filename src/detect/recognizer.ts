import type { Finding, PiiLabel } from './finding.ts';
import type { TextFeatures } from './textFeatures.ts';

/**
 * One detection strategy (a pattern plus its checksum, a parser, later a model).
 *
 * A recognizer reports every candidate it believes in, with a score; it does not apply the
 * detector's threshold or resolve overlaps with other recognizers, so a later context-scoring stage
 * can still raise a weak candidate. It must be pure: same text, same findings, no I/O.
 */
export interface Recognizer {
  /** Stable name, recorded on each finding. */
  name: string;
  /** The labels this recognizer can emit. */
  labels: readonly PiiLabel[];
  /**
   * A cheap precondition, so the detector can skip the recognizer on text it cannot match: most
   * chat is a few words and a time, and scanning it with every recognizer is most of the cost.
   * Return `false` only when `recognize` would certainly find nothing in the text these features
   * describe (`TextFeatures`: digit counts and runs, grouped digits, alphanumeric runs, a few
   * characters, the lower-cased text). A wrong `false` loses findings, so when unsure return
   * `true`; omitted, the recognizer always runs. `detectorGate.unit.test.ts` checks every default
   * recognizer's gate against its findings over the corpus and the chat benchmark's messages.
   *
   * How to write one:
   * - an id built with `createIdRecognizer` gets it for free, read from its forms' patterns
   *   (`patternNeeds`): nothing to do;
   * - a pattern recognizer: `mayMatch: (f) => mayMatchAny([PATTERN_A, PATTERN_B], f)` when every
   *   finding comes from a match of one of those patterns, or a test of its own: a fixed prefix
   *   (`f.lowerCase.includes('xoxb-')`), a character (`f.at > 0` for e-mail), a count
   *   (`f.digits >= 9`);
   * - a slow recognizer (an NLP model, a parser): a test that most messages fail, such as a
   *   context word (`CONTEXT.test(f.text)`) or the shape of what it looks for (`f.upperCase > 0`
   *   for names written with capitals). Its cost is paid on every message that passes.
   */
  mayMatch?(features: TextFeatures): boolean;
  recognize(text: string): Finding[];
}
