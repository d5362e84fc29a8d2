import type { Finding, PiiLabel } from './finding.ts';

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
  recognize(text: string): Finding[];
}
