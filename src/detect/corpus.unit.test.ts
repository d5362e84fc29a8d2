import { beforeAll, describe, expect, it } from 'vitest';
import { exactCounts, f1, precision, recall, scoreCorpus } from '../../eval/scoreCorpus.ts';
import { loadCorpus, type CorpusCase } from '../../test/support/presidioCorpus.ts';
import { toCorpusLabel } from '../scan/corpusLabels.ts';
import { createDetector } from './detector.ts';
import type { PiiLabel } from './finding.ts';

/**
 * Scores the default detector on Presidio's recognizer test cases (../shared/pii-corpus, see its
 * README). A case is judged only on the labels in its `scope`, restricted to ours. A span Presidio
 * expects to score under 0.3 (its `expected_score` range starts below 0.3) is a weak match it does
 * not report by default: a finding on it counts neither for nor against.
 *
 * Message level: a case is positive for a label when it has a counted span of it, and flagged when
 * the detector reports that label. Span level: a finding is correct when it overlaps a counted
 * span of its label; "exact" also wants the same boundaries.
 */

// The labels this file judges; the national ids and secrets have nationalIdCorpus.unit.test.ts.
const LABELS = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN'] as const satisfies readonly PiiLabel[];
type CoreLabel = (typeof LABELS)[number];

/** A little under what the detector achieves (reported in the issue), so a regression fails. */
const FLOORS = { messagePrecision: 0.95, messageRecall: 0.95, spanF1: 0.95, exact: 0.9 };
const MIN_CASES: Record<CoreLabel, number> = { EMAIL: 8, PHONE: 19, CREDIT_CARD: 18, US_SSN: 13, IBAN: 300 };

interface Scores {
  cases: number;
  messagePrecision: number;
  messageRecall: number;
  spanPrecision: number;
  spanRecall: number;
  spanF1: number;
  exact: number;
  misses: string[];
}

/** Scored by the evaluation's own rules (`eval/scoreCorpus.ts`), so the gate and `npm run eval` agree. */
function evaluate(cases: readonly CorpusCase[]): Map<CoreLabel, Scores> {
  // Presidio's positives are processor test cards and 555-01xx numbers, which the default detector
  // (rightly, in chat) treats as non-PII; the corpus measures recognition, so test values count here.
  const detector = createDetector({ testValues: false });
  const judged = cases.filter((c) => LABELS.some((label) => c.scope.includes(label)));
  const predictions = judged.map((c) => detector.detect(c.text).map((f) => ({ ...f, label: toCorpusLabel(f.label), type: f.recognizer })));
  const score = scoreCorpus(judged, predictions, new Set(LABELS));
  const quote = (text: string, s: { start: number; end: number }): string => JSON.stringify(text.slice(s.start, s.end));
  const ratio = (value: number | undefined): number => value ?? 1;
  return new Map(
    LABELS.map((label) => {
      const tally = score.labels.find((t) => t.label === label);
      const spans = tally?.spans ?? { tp: 0, fp: 0, fn: 0, exactTp: 0, exactFp: 0 };
      const scores: Scores = {
        cases: tally?.cases ?? 0,
        messagePrecision: ratio(precision(tally?.messages ?? { tp: 0, fp: 0 })),
        messageRecall: ratio(recall(tally?.messages ?? { tp: 0, fn: 0 })),
        spanPrecision: ratio(precision(spans)),
        spanRecall: ratio(recall(spans)),
        spanF1: f1(spans) ?? 0,
        exact: ratio(recall(exactCounts(spans))),
        misses: score.errors
          .filter((e) => e.label === label)
          .map((e) => `${e.caseId}: missed [${e.missed.map((m) => quote(e.text, m)).join(', ')}] false [${e.falseAlarms.map((a) => quote(e.text, a)).join(', ')}]`),
      };
      return [label, scores];
    }),
  );
}

function table(scores: ReadonlyMap<CoreLabel, Scores>): string {
  const f = (n: number): string => n.toFixed(3);
  const rows = [...scores].map(
    ([label, s]) =>
      `${label.padEnd(12)} ${String(s.cases).padStart(5)}  ${f(s.messagePrecision)}  ${f(s.messageRecall)}  ${f(s.spanPrecision)}  ${f(s.spanRecall)}  ${f(s.spanF1)}  ${f(s.exact)}`,
  );
  const misses = [...scores.values()].flatMap((s) => s.misses);
  return [
    'label        cases  msg P  msg R  span P span R span F1 exact',
    ...rows,
    ...(misses.length > 0 ? ['', ...misses] : []),
  ].join('\n');
}

describe('detector on the Presidio recognizer corpus', () => {
  let scores: Map<CoreLabel, Scores>;
  let report: string;

  beforeAll(() => {
    scores = evaluate(loadCorpus());
    report = table(scores);
  });

  it.each(LABELS)('has enough %s cases to mean something', (label) => {
    expect(scores.get(label)?.cases, report).toBeGreaterThanOrEqual(MIN_CASES[label]);
  });

  it.each(LABELS)('flags few clean messages and misses few positive ones for %s', (label) => {
    const s = scores.get(label);
    expect(s?.messagePrecision, `${label} message precision\n${report}`).toBeGreaterThanOrEqual(FLOORS.messagePrecision);
    expect(s?.messageRecall, `${label} message recall\n${report}`).toBeGreaterThanOrEqual(FLOORS.messageRecall);
  });

  it.each(LABELS)('finds %s spans with the right boundaries', (label) => {
    const s = scores.get(label);
    expect(s?.spanF1, `${label} span F1\n${report}`).toBeGreaterThanOrEqual(FLOORS.spanF1);
    expect(s?.exact, `${label} exact boundaries\n${report}`).toBeGreaterThanOrEqual(FLOORS.exact);
  });

  // No console in src: the table travels as a test annotation (`npx vitest run src/detect/corpus
  // --reporter=verbose` prints it) and inside every failure message above.
  it('annotates the score table', async ({ annotate }) => {
    await annotate(report);
    expect(report.split('\n').slice(1, 1 + LABELS.length)).toHaveLength(LABELS.length);
  });
});
