import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { sgNricFinRecognizer } from './sgNricFinRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return sgNricFinRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('sgNricFinRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(sgNricFinRecognizer.recognize("F2346401L")).toEqual([
      { start: 0, end: 9, label: 'SG_NRIC_FIN', score: 0.85, recognizer: sgNricFinRecognizer.name },
    ]);
  });

  it.each([
    ["S2740116C", "S2740116C"],
    ["NRIC S2740116C was processed", "S2740116C"],
    ["M4332674T", "M4332674T"],
    ["f2346401l", "f2346401l"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["an A prefix", "A1234567Z"],
    ["six digits", "PA12348L"],
    ["mixed case", "S2740116c"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for a wrong check letter', () => {
    expect(found("T1234567Z")).toEqual([]);
    expect(sgNricFinRecognizer.recognize("T1234567Z")[0]?.score).toBeLessThan(0.5);
    expect(found("NRIC T1234567Z")).toEqual(["T1234567Z"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(sgNricFinRecognizer);
  });
});
