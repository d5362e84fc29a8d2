import type { CorpusCase, CorpusSpan } from './corpusCase.ts';
import type { EngineSpan } from './evalEngine.ts';

/**
 * The scoring rules of `src/detect/corpus.unit.test.ts`, for any engine and every label:
 *
 * - A case is judged only on the labels in its `scope`: a phone found in an IBAN case is neither a
 *   hit nor a false alarm under any label.
 * - A span Presidio expects to score under 0.3 (`expected_score` starting below 0.3) is weak: a
 *   finding of its label overlapping it counts neither for nor against.
 * - Message level, per label: positive when the case has a counted (not weak) span of the label,
 *   flagged when the engine reports the label (outside weak spans).
 * - Span level, per label: a counted span is found when a finding of its label overlaps it; a
 *   finding overlapping no counted span is a false alarm. "Exact" wants the same boundaries.
 * - A case with `unlocated` spans (its Presidio test counts matches without saying where) is
 *   positive for its label when that is the only label in its scope, and none of its findings is a
 *   false alarm: any of them may be the span nobody located. Its empty `spans` does not make it a
 *   must-not-match case.
 *
 * On top of the per-label view, three message-level views of the whole corpus:
 * - `all`: positive when any scope label has a counted span, flagged when the engine reports any
 *   scope label. Labels the engine cannot report at all count as misses.
 * - `claimed`: the same, with each case's scope cut down to the labels the engine claims (cases
 *   left with no scope are skipped): how good it is at what it says it does.
 * - `anyFinding`: flagged when the engine reports anything at all, any label, in or out of scope,
 *   mapped or `OTHER:` (outside weak spans). This is the product's view: any finding deletes the
 *   message. It over-counts where a clean case really holds PII of a label it does not judge,
 *   which in this corpus of single identifiers is rare.
 */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SpanCounts {
  /** Counted spans overlapped by a finding of their label. */
  tp: number;
  /** Findings overlapping no counted span of their label. */
  fp: number;
  /** Counted spans no finding of their label overlaps. */
  fn: number;
  /** Counted spans with a finding of exactly their boundaries. */
  exactTp: number;
  /** Findings whose boundaries are those of no counted span. */
  exactFp: number;
}

export interface LabelTally {
  label: string;
  /** Cases with this label in scope. */
  cases: number;
  messages: Confusion;
  spans: SpanCounts;
}

/** A case an engine got wrong under one label. */
export interface CaseError {
  caseId: string;
  label: string;
  text: string;
  missed: CorpusSpan[];
  falseAlarms: EngineSpan[];
}

/** Per case, which scope labels it is positive for and which the engine flagged. */
export interface CaseLabels {
  scope: readonly string[];
  positive: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
}

export interface CorpusScore {
  /** Every label in any case's scope, sorted by name. */
  labels: LabelTally[];
  messages: { all: Confusion; claimed: Confusion; anyFinding: Confusion };
  /** In corpus order, for other message-level views (`messagesWithin`). */
  cases: CaseLabels[];
  errors: CaseError[];
}

export function isWeak(span: CorpusSpan): boolean {
  const lowest = span.expected_score?.[0];
  return typeof lowest === 'number' && lowest < 0.3;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function tally(confusion: Confusion, positive: boolean, flagged: boolean): void {
  if (positive && flagged) confusion.tp++;
  else if (flagged) confusion.fp++;
  else if (positive) confusion.fn++;
  else confusion.tn++;
}

/** `predictions[i]` are the engine's spans on `cases[i]`. */
export function scoreCorpus(
  cases: readonly CorpusCase[],
  predictions: readonly (readonly EngineSpan[])[],
  claimedLabels: ReadonlySet<string>,
): CorpusScore {
  const labels = new Map<string, LabelTally>();
  const anyFinding = emptyConfusion();
  const caseLabels: CaseLabels[] = [];
  const errors: CaseError[] = [];

  cases.forEach((c, index) => {
    const findings = predictions[index] ?? [];
    const positiveLabels = new Set<string>();
    const flaggedLabels = new Set<string>();

    const unlocated = (c.unlocated ?? 0) > 0;
    for (const label of c.scope) {
      const expected = c.spans.filter((span) => span.label === label);
      const counted = expected.filter((span) => !isWeak(span));
      const weak = expected.filter(isWeak);
      const predicted = findings.filter((f) => f.label === label && !weak.some((w) => overlaps(w, f)));
      const positive = counted.length > 0 || (unlocated && c.scope.length === 1);

      let entry = labels.get(label);
      if (!entry) {
        entry = { label, cases: 0, messages: emptyConfusion(), spans: { tp: 0, fp: 0, fn: 0, exactTp: 0, exactFp: 0 } };
        labels.set(label, entry);
      }
      entry.cases++;
      tally(entry.messages, positive, predicted.length > 0);
      if (positive) positiveLabels.add(label);
      if (predicted.length > 0) flaggedLabels.add(label);

      const missed = counted.filter((span) => !predicted.some((f) => overlaps(f, span)));
      const falseAlarms = unlocated ? [] : predicted.filter((f) => !counted.some((span) => overlaps(f, span)));
      const isExact = (f: { start: number; end: number }, span: CorpusSpan): boolean => f.start === span.start && f.end === span.end;
      entry.spans.tp += counted.length - missed.length;
      entry.spans.fn += missed.length;
      entry.spans.fp += falseAlarms.length;
      entry.spans.exactTp += counted.filter((span) => predicted.some((f) => isExact(f, span))).length;
      if (!unlocated) entry.spans.exactFp += predicted.filter((f) => !counted.some((span) => isExact(f, span))).length;
      const missedUnlocated = positive && counted.length === 0 && predicted.length === 0;
      if (missed.length > 0 || falseAlarms.length > 0 || missedUnlocated) {
        errors.push({ caseId: c.id, label, text: c.text, missed: missedUnlocated ? [{ start: 0, end: c.text.length, label }] : missed, falseAlarms });
      }
    }

    caseLabels.push({ scope: c.scope, positive: positiveLabels, flagged: flaggedLabels });
    const weakSpans = c.spans.filter(isWeak);
    tally(
      anyFinding,
      unlocated || c.spans.some((span) => !isWeak(span)),
      findings.some((f) => !weakSpans.some((w) => overlaps(w, f))),
    );
  });

  const score: CorpusScore = {
    labels: [...labels.values()].sort((a, b) => a.label.localeCompare(b.label)),
    messages: { all: emptyConfusion(), claimed: emptyConfusion(), anyFinding },
    cases: caseLabels,
    errors,
  };
  score.messages.all = messagesWithin(score, () => true);
  score.messages.claimed = messagesWithin(score, (label) => claimedLabels.has(label));
  return score;
}

/**
 * Message level with each case's scope cut down to the labels `include` accepts; a case left with
 * no scope is skipped. Positive when a remaining label has a counted span, flagged when the engine
 * reported a remaining label.
 */
export function messagesWithin(score: CorpusScore, include: (label: string) => boolean): Confusion {
  const confusion = emptyConfusion();
  for (const c of score.cases) {
    const scope = c.scope.filter(include);
    if (scope.length === 0) continue;
    tally(
      confusion,
      scope.some((label) => c.positive.has(label)),
      scope.some((label) => c.flagged.has(label)),
    );
  }
  return confusion;
}

/** `undefined` when there is nothing to divide: no findings has no precision, no positives no recall. */
const ratio = (num: number, den: number): number | undefined => (den === 0 ? undefined : num / den);

export const precision = (c: { tp: number; fp: number }): number | undefined => ratio(c.tp, c.tp + c.fp);
export const recall = (c: { tp: number; fn: number }): number | undefined => ratio(c.tp, c.tp + c.fn);
export const falsePositiveRate = (c: Confusion): number | undefined => ratio(c.fp, c.fp + c.tn);
/** F1 as 2tp / (2tp + fp + fn): the harmonic mean of precision and recall, defined whenever either is. */
export const f1 = (c: { tp: number; fp: number; fn: number }): number | undefined => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);

/** Exact-boundary counts in the shape the functions above take. */
export function exactCounts(spans: SpanCounts): { tp: number; fp: number; fn: number } {
  return { tp: spans.exactTp, fp: spans.exactFp, fn: spans.tp + spans.fn - spans.exactTp };
}

/** Span counts summed over labels (micro average). */
export function sumSpans(tallies: readonly LabelTally[]): SpanCounts {
  const sum: SpanCounts = { tp: 0, fp: 0, fn: 0, exactTp: 0, exactFp: 0 };
  for (const { spans } of tallies) {
    sum.tp += spans.tp;
    sum.fp += spans.fp;
    sum.fn += spans.fn;
    sum.exactTp += spans.exactTp;
    sum.exactFp += spans.exactFp;
  }
  return sum;
}
