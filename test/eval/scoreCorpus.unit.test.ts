import { describe, expect, it } from 'vitest';
import type { CorpusCase } from '../../eval/corpusCase.ts';
import type { EngineSpan } from '../../eval/evalEngine.ts';
import { exactCounts, f1, falsePositiveRate, precision, recall, scoreCorpus } from '../../eval/scoreCorpus.ts';

const span = (start: number, end: number, label: string, type = label): EngineSpan => ({ start, end, label, type, score: 1 });

const CASES: CorpusCase[] = [
  // 0: an IBAN found exactly
  { id: 'c0', text: 'DE89370400440532013000', spans: [{ start: 0, end: 22, label: 'IBAN' }], scope: ['IBAN'] },
  // 1: an IBAN found with wrong boundaries, plus a phone out of scope
  { id: 'c1', text: 'iban DE89370400440532013000', spans: [{ start: 5, end: 27, label: 'IBAN' }], scope: ['IBAN'] },
  // 2: a must-not-match case the engine flags
  { id: 'c2', text: 'DE00000000000000000000', spans: [], scope: ['IBAN'] },
  // 3: a weak span: a finding on it counts neither way
  { id: 'c3', text: 'id 123456789', spans: [{ start: 3, end: 12, label: 'US_SSN', expected_score: [0.05, 0.05] }], scope: ['US_SSN'] },
  // 4: a positive the engine misses; its label is one the engine does not claim
  { id: 'c4', text: 'AB123456C', spans: [{ start: 0, end: 9, label: 'UK_NINO' }], scope: ['UK_NINO'] },
  // 5: a clean case where the engine reports an unmapped type
  { id: 'c5', text: 'build 4412', spans: [], scope: ['PHONE'] },
  // 6: "max" as a bound is not weak
  { id: 'c6', text: '1234567893', spans: [{ start: 0, end: 10, label: 'US_NPI', expected_score: ['max', 1] }], scope: ['US_NPI'] },
];

const PREDICTIONS: EngineSpan[][] = [
  [span(0, 22, 'IBAN')],
  [span(0, 27, 'IBAN'), span(5, 15, 'PHONE')],
  [span(0, 22, 'IBAN')],
  [span(3, 12, 'US_SSN')],
  [],
  [span(6, 10, 'OTHER:DIGITS', 'DIGITS')],
  [],
];

describe('scoreCorpus', () => {
  const score = scoreCorpus(CASES, PREDICTIONS, new Set(['IBAN', 'US_SSN', 'PHONE', 'US_NPI']));
  const byLabel = new Map(score.labels.map((t) => [t.label, t]));

  it('scores spans by overlap and by exact boundaries, within scope only', () => {
    const iban = byLabel.get('IBAN');
    expect(iban).toMatchObject({ cases: 3, messages: { tp: 2, fp: 1, fn: 0, tn: 0 }, spans: { tp: 2, fp: 1, fn: 0, exactTp: 1, exactFp: 2 } });
    expect(precision(iban?.spans ?? { tp: 0, fp: 0 })).toBeCloseTo(2 / 3);
    expect(f1(exactCounts(iban?.spans ?? { tp: 0, fp: 0, fn: 0, exactTp: 0, exactFp: 0 }))).toBeCloseTo(2 / 5);
    // The phone in c1 is out of its scope: no PHONE tally from it.
    expect(byLabel.get('PHONE')).toMatchObject({ cases: 1, messages: { tp: 0, fp: 0, fn: 0, tn: 1 } });
  });

  it('counts a finding on a weak span neither for nor against', () => {
    expect(byLabel.get('US_SSN')).toMatchObject({ messages: { tp: 0, fp: 0, fn: 0, tn: 1 }, spans: { tp: 0, fp: 0, fn: 0 } });
  });

  it('takes a "max" bound as not weak', () => {
    expect(byLabel.get('US_NPI')).toMatchObject({ messages: { fn: 1 }, spans: { fn: 1 } });
  });

  it('gives three message-level views', () => {
    // all: c0 c1 TP, c2 FP, c3 TN, c4 FN, c5 TN, c6 FN
    expect(score.messages.all).toEqual({ tp: 2, fp: 1, fn: 2, tn: 2 });
    // claimed: c4 (UK_NINO only) is skipped
    expect(score.messages.claimed).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
    // any finding: c5's DIGITS flags a clean message; c3's finding is on a weak span
    expect(score.messages.anyFinding).toEqual({ tp: 2, fp: 2, fn: 2, tn: 1 });
    expect(falsePositiveRate(score.messages.anyFinding)).toBeCloseTo(2 / 3);
    expect(recall(score.messages.all)).toBeCloseTo(0.5);
  });

  it('lists the wrong cases with what was missed and what was raised', () => {
    expect(score.errors.map((e) => [e.caseId, e.label, e.missed.length, e.falseAlarms.length])).toEqual([
      ['c2', 'IBAN', 0, 1],
      ['c4', 'UK_NINO', 1, 0],
      ['c6', 'US_NPI', 1, 0],
    ]);
  });

  it('counts a case with unlocated spans as positive, never as a false alarm', () => {
    const cases: CorpusCase[] = [
      // Presidio counted one match it does not place: empty spans, but not a must-not-match case.
      { id: 'u0', text: 'DE136695976', spans: [], scope: ['DE_VAT_ID'], unlocated: 1 },
      { id: 'u1', text: 'DE129273398', spans: [], scope: ['DE_VAT_ID'], unlocated: 1 },
      // One placed span and one not: the second finding may be the unplaced one.
      { id: 'u2', text: 'a 27ABCDE1234F1Z5 b 07PQRST6789K1Z2', spans: [{ start: 2, end: 17, label: 'IN_GSTIN' }], scope: ['IN_GSTIN'], unlocated: 1 },
    ];
    const unlocated = scoreCorpus(cases, [[span(0, 11, 'DE_VAT_ID')], [], [span(2, 17, 'IN_GSTIN'), span(20, 35, 'IN_GSTIN')]], new Set(['DE_VAT_ID', 'IN_GSTIN']));
    const vat = unlocated.labels.find((t) => t.label === 'DE_VAT_ID');
    expect(vat?.messages).toEqual({ tp: 1, fp: 0, fn: 1, tn: 0 });
    expect(vat?.spans.fp).toBe(0);
    const gstin = unlocated.labels.find((t) => t.label === 'IN_GSTIN');
    expect(gstin?.spans).toEqual({ tp: 1, fp: 0, fn: 0, exactTp: 1, exactFp: 0 });
    expect(unlocated.errors.map((e) => [e.caseId, e.missed.length, e.falseAlarms.length])).toEqual([['u1', 1, 0]]);
    expect(unlocated.messages.anyFinding).toEqual({ tp: 2, fp: 0, fn: 1, tn: 0 });
  });

  it('leaves a ratio undefined when there is nothing to divide', () => {
    expect(precision({ tp: 0, fp: 0 })).toBeUndefined();
    expect(recall({ tp: 0, fn: 0 })).toBeUndefined();
  });
});
