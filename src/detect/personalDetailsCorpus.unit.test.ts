import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWeak, loadCorpus, overlaps, type CorpusCase } from '../../test/support/presidioCorpus.ts';
import { toCorpusLabel } from '../scan/corpusLabels.ts';
import { createDetector } from './detector.ts';

/**
 * PERSON, LOCATION (street addresses and where people live) and DATE_TIME (birth dates) as the
 * default detector reports them, span by span, on two labelled sets:
 * - test/fixtures/detection/chat-people-places.jsonl: 305 team-chat messages of our own, half of
 *   them clean technical talk full of tools, places, dates and names of things (see the README
 *   there: the labels say what the product should report, so a city in "deploying to Dublin" and a
 *   release date are not labelled, and finding them counts against us);
 * - the Presidio recognizer corpus's PERSON cases (../shared/pii-corpus).
 * A span is found when a finding of its label overlaps it; a finding that overlaps none of its
 * label's spans is a false alarm. Weak corpus spans (expected score under 0.3) count neither way.
 */

const FIXTURE = new URL('../../test/fixtures/detection/chat-people-places.jsonl', import.meta.url);
const LABELS = ['PERSON', 'LOCATION', 'DATE_TIME'] as const;
type Label = (typeof LABELS)[number];

/** A little under what the detector achieves (see the report in the issue), so a regression fails. */
const FLOORS = {
  fixture: { PERSON: 0.95, LOCATION: 0.9, DATE_TIME: 0.9 },
  presidioPerson: 0.9,
  /** Share of the fixture's PERSON spans found with exactly the labelled boundaries. */
  exactPerson: 0.9,
  /** Share of clean fixture messages with any PERSON, LOCATION or DATE_TIME finding. */
  cleanFlagged: 0.02,
};

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  misses: string[];
}

function loadFixture(): CorpusCase[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}

function tally(cases: readonly CorpusCase[], labels: readonly Label[]): Map<Label, Tally> {
  const detector = createDetector();
  const tallies = new Map<Label, Tally>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0, exact: 0, misses: [] }]));
  for (const c of cases) {
    const findings = detector.detect(c.text).map((f) => ({ ...f, label: toCorpusLabel(f.label) }));
    for (const label of labels) {
      const t = tallies.get(label);
      if (!t || !c.scope.includes(label)) continue;
      const spans = c.spans.filter((s) => s.label === label);
      const counted = spans.filter((s) => !isWeak(s));
      const predicted = findings.filter((f) => f.label === label && !spans.filter(isWeak).some((w) => overlaps(w, f)));
      const quote = (s: { start: number; end: number }): string => JSON.stringify(c.text.slice(s.start, s.end));
      for (const span of counted) {
        const hit = predicted.find((f) => overlaps(f, span));
        if (!hit) {
          t.fn++;
          t.misses.push(`${c.id} ${label} missed ${quote(span)}`);
        } else {
          t.tp++;
          if (hit.start === span.start && hit.end === span.end) t.exact++;
        }
      }
      for (const f of predicted.filter((p) => !counted.some((s) => overlaps(p, s)))) {
        t.fp++;
        t.misses.push(`${c.id} ${label} false alarm ${quote(f)}`);
      }
    }
  }
  return tallies;
}

function f1({ tp, fp, fn }: Tally): number {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function report(name: string, tallies: ReadonlyMap<Label, Tally>): string {
  const rows = [...tallies].map(([label, t]) => `${name} ${label.padEnd(9)} tp ${t.tp} fp ${t.fp} fn ${t.fn} exact ${t.exact} F1 ${f1(t).toFixed(3)}`);
  return [...rows, ...[...tallies.values()].flatMap((t) => t.misses)].join('\n');
}

describe('people, places and birth dates', () => {
  let fixture: CorpusCase[];
  let onFixture: Map<Label, Tally>;
  let onPresidio: Map<Label, Tally>;
  let text: string;

  beforeAll(() => {
    fixture = loadFixture();
    onFixture = tally(fixture, LABELS);
    onPresidio = tally(
      loadCorpus().filter((c) => c.scope.includes('PERSON')),
      ['PERSON'],
    );
    text = `${report('fixture', onFixture)}\n${report('presidio', onPresidio)}`;
  });

  it('has enough labelled messages to mean something', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(300);
    expect(fixture.filter((c) => c.spans.length === 0).length).toBeGreaterThanOrEqual(120);
    expect(onFixture.get('PERSON')?.tp ?? 0).toBeGreaterThanOrEqual(100);
    expect((onPresidio.get('PERSON')?.tp ?? 0) + (onPresidio.get('PERSON')?.fn ?? 0)).toBeGreaterThanOrEqual(13);
  });

  it('keeps the fixture well formed: spans inside the text, on words, in corpus labels', () => {
    for (const c of fixture) {
      for (const s of c.spans) {
        expect(s.start >= 0 && s.start < s.end && s.end <= c.text.length, c.id).toBe(true);
        expect(c.text.slice(s.start, s.end).trim(), c.id).toBe(c.text.slice(s.start, s.end));
        expect(LABELS as readonly string[], c.id).toContain(s.label);
      }
    }
  });

  it.each(LABELS)('finds %s spans in team chat', (label) => {
    const t = onFixture.get(label);
    expect(t && f1(t), `${label}\n${text}`).toBeGreaterThanOrEqual(FLOORS.fixture[label]);
  });

  it('finds PERSON spans in the Presidio corpus (issue 3: F1 ≥ 0.80)', () => {
    const t = onPresidio.get('PERSON');
    expect(t && f1(t), text).toBeGreaterThanOrEqual(FLOORS.presidioPerson);
  });

  it('draws PERSON boundaries where the labels do', () => {
    const t = onFixture.get('PERSON');
    expect(t && t.exact / (t.tp + t.fn), text).toBeGreaterThanOrEqual(FLOORS.exactPerson);
  });

  it('leaves clean technical chat alone', () => {
    const detector = createDetector();
    const clean = fixture.filter((c) => c.spans.length === 0);
    const flagged = clean.filter((c) => detector.detect(c.text).some((f) => (LABELS as readonly string[]).includes(toCorpusLabel(f.label))));
    expect(flagged.length / clean.length, flagged.map((c) => c.text).join('\n')).toBeLessThanOrEqual(FLOORS.cleanFlagged);
  });

  // No console in src: the table travels as a test annotation and inside every failure message.
  it('annotates the score table', async ({ annotate }) => {
    await annotate(text);
    expect(text).toContain('fixture PERSON');
  });
});
