import { beforeAll, describe, expect, it } from 'vitest';
import { isWeak, loadCorpus, overlaps, type CorpusCase, type CorpusSpan } from '../../test/support/presidioCorpus.ts';
import { createDetector } from './detector.ts';
import type { Finding, PiiLabel } from './finding.ts';

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

interface Tally {
  cases: number;
  messages: { tp: number; fp: number; fn: number };
  spans: { tp: number; fp: number; fn: number; exact: number };
  misses: string[];
}

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

function evaluate(cases: readonly CorpusCase[]): Map<CoreLabel, Tally> {
  // Presidio's positives are processor test cards and 555-01xx numbers, which the default detector
  // (rightly, in chat) treats as non-PII; the corpus measures recognition, so test values count here.
  const detector = createDetector({ testValues: false });
  const tallies = new Map<CoreLabel, Tally>(
    LABELS.map((label) => [
      label,
      { cases: 0, messages: { tp: 0, fp: 0, fn: 0 }, spans: { tp: 0, fp: 0, fn: 0, exact: 0 }, misses: [] },
    ]),
  );
  for (const c of cases) {
    const labels = LABELS.filter((label) => c.scope.includes(label));
    if (labels.length === 0) continue;
    const findings = detector.detect(c.text);
    for (const label of labels) {
      const tally = tallies.get(label);
      if (!tally) continue;
      tally.cases++;
      const expected = c.spans.filter((s) => s.label === label);
      const counted = expected.filter((s) => !isWeak(s));
      const weak = expected.filter(isWeak);
      const predicted = findings.filter((f) => f.label === label && !weak.some((w) => overlaps(w, f)));

      if (counted.length > 0 && predicted.length > 0) tally.messages.tp++;
      else if (predicted.length > 0) tally.messages.fp++;
      else if (counted.length > 0) tally.messages.fn++;

      for (const span of counted) {
        if (predicted.some((f) => overlaps(f, span))) tally.spans.tp++;
        else tally.spans.fn++;
        if (predicted.some((f) => f.start === span.start && f.end === span.end)) tally.spans.exact++;
      }
      const falseAlarms = predicted.filter((f) => !counted.some((s) => overlaps(f, s)));
      tally.spans.fp += falseAlarms.length;

      const missed = counted.filter((s) => !predicted.some((f) => overlaps(f, s)));
      if (missed.length > 0 || falseAlarms.length > 0) tally.misses.push(describeMiss(c, missed, falseAlarms));
    }
  }
  return tallies;
}

function describeMiss(c: CorpusCase, missed: CorpusSpan[], falseAlarms: Finding[]): string {
  const quote = (s: { start: number; end: number }): string => JSON.stringify(c.text.slice(s.start, s.end));
  return `${c.id}: missed [${missed.map(quote).join(', ')}] false [${falseAlarms.map(quote).join(', ')}]`;
}

const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

function score(tally: Tally): Scores {
  const { messages: m, spans: s } = tally;
  const spanPrecision = ratio(s.tp, s.tp + s.fp);
  const spanRecall = ratio(s.tp, s.tp + s.fn);
  return {
    cases: tally.cases,
    messagePrecision: ratio(m.tp, m.tp + m.fp),
    messageRecall: ratio(m.tp, m.tp + m.fn),
    spanPrecision,
    spanRecall,
    spanF1: spanPrecision + spanRecall === 0 ? 0 : (2 * spanPrecision * spanRecall) / (spanPrecision + spanRecall),
    exact: ratio(s.exact, s.tp + s.fn),
    misses: tally.misses,
  };
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
    scores = new Map([...evaluate(loadCorpus())].map(([label, tally]) => [label, score(tally)]));
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
