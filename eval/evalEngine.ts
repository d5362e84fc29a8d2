/**
 * A span an engine reported, with its type translated to a corpus label. Types with no corpus
 * counterpart keep their own name behind `OTHER:` (redact-pii's `OTHER:DIGITS`): they never count
 * for or against a label, but they still flag a message, because a message flagged for any reason
 * is a deleted message.
 */
export interface EngineSpan {
  start: number;
  end: number;
  label: string;
  /** The engine's own name for what it found, for the report. */
  type: string;
  /** The engine's confidence when it gives one. */
  score: number | undefined;
}

/** One engine under evaluation: ours, or a library we compare with. */
export interface EvalEngine {
  name: string;
  version: string;
  /** Corpus labels the engine can report at all (from its label table); the others it cannot find. */
  claimedLabels: ReadonlySet<string>;
  /** Spans in one text, offsets in JavaScript string units like the corpus's. */
  detect(text: string): Promise<EngineSpan[]>;
  /**
   * The engine's own call and nothing else (no offset recovery, no label mapping), for the
   * throughput figure. Returns a promise only when the engine itself is asynchronous.
   */
  runNative(text: string): unknown;
  /** Problems met while detecting (spans that could not be located, say), for the report. */
  notes(): string[];
}

/** `OTHER:<type>`: found by the engine, but not a label the corpus scores. */
export const OTHER_PREFIX = 'OTHER:';

export function isOtherLabel(label: string): boolean {
  return label.startsWith(OTHER_PREFIX);
}
