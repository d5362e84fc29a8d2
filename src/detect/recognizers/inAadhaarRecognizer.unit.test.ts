import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inAadhaarRecognizer } from './inAadhaarRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inAadhaarRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inAadhaarRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inAadhaarRecognizer.recognize("3123 4567 8909")).toEqual([
      { start: 0, end: 14, label: 'IN_AADHAAR', score: 0.6, recognizer: inAadhaarRecognizer.name },
    ]);
  });

  it.each([
    ["3123 4567 8909", "3123 4567 8909"],
    ["3998-7654-3211", "3998-7654-3211"],
    ["3123:4567:8909", "3123:4567:8909"],
    ["My Aadhaar number is 400123456787 with a lot of text beyond it", "400123456787"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed Verhoeff check", "1234 5678 9012"],
    ["mixed separators", "3123 4567-8909"],
    ["an AWS account id", "AWS account 312345678909"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for twelve bare digits', () => {
    expect(found("312345678909")).toEqual([]);
    expect(inAadhaarRecognizer.recognize("312345678909")[0]?.score).toBeLessThan(0.5);
    expect(found("aadhaar 312345678909")).toEqual(["312345678909"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inAadhaarRecognizer);
  });
});
