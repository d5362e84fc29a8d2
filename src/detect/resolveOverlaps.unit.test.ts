import { describe, expect, it } from 'vitest';
import type { Finding, PiiLabel } from './finding.ts';
import { resolveOverlaps } from './resolveOverlaps.ts';

function finding(start: number, end: number, label: PiiLabel, score: number, recognizer = label.toLowerCase()): Finding {
  return { start, end, label, score, recognizer };
}

describe('resolveOverlaps', () => {
  it('keeps the higher score where two findings overlap', () => {
    const iban = finding(0, 27, 'IBAN', 1);
    const phone = finding(5, 17, 'PHONE', 0.65);
    expect(resolveOverlaps([phone, iban])).toEqual([iban]);
  });

  it('keeps the longer span on equal scores', () => {
    const short = finding(4, 10, 'PHONE', 0.7);
    const long = finding(0, 12, 'PHONE', 0.7);
    expect(resolveOverlaps([short, long])).toEqual([long]);
  });

  it('keeps the earlier recognizer on a full tie', () => {
    const first = finding(0, 10, 'CREDIT_CARD', 1, 'a');
    const second = finding(0, 10, 'IBAN', 1, 'b');
    expect(resolveOverlaps([first, second])).toEqual([first]);
  });

  it('keeps findings that only touch, sorted by start', () => {
    const a = finding(10, 20, 'EMAIL', 0.95);
    const b = finding(0, 10, 'PHONE', 0.6);
    const c = finding(20, 25, 'US_SSN', 0.5);
    expect(resolveOverlaps([a, b, c])).toEqual([b, a, c]);
  });

  it('drops empty spans', () => {
    expect(resolveOverlaps([finding(3, 3, 'EMAIL', 1)])).toEqual([]);
  });

  it('does not change its input', () => {
    const input = [finding(5, 9, 'PHONE', 0.6), finding(0, 10, 'IBAN', 1)];
    const copy = structuredClone(input);
    resolveOverlaps(input);
    expect(input).toEqual(copy);
  });

  it('decides as comparing every pair would, on thousands of overlapping findings', () => {
    let state = 3;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const labels: PiiLabel[] = ['PHONE', 'US_SSN', 'IBAN'];
    const findings = Array.from({ length: 3_000 }, () => {
      const start = next(20_000);
      return finding(start, start + next(40), labels[next(3)] ?? 'PHONE', next(5) / 4);
    });
    // The plain reading of the rule: rank, then keep whatever touches nothing kept.
    const ranked = findings
      .map((f, index) => ({ f, index }))
      .sort((a, b) => b.f.score - a.f.score || b.f.end - b.f.start - (a.f.end - a.f.start) || a.f.start - b.f.start || a.index - b.index);
    const kept: Finding[] = [];
    for (const { f } of ranked) if (f.end > f.start && !kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    expect(resolveOverlaps(findings)).toEqual(kept.sort((a, b) => a.start - b.start || a.end - b.end));
  });
});
