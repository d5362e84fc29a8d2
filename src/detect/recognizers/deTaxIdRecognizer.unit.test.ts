import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deTaxIdRecognizer } from './deTaxIdRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return deTaxIdRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('deTaxIdRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(deTaxIdRecognizer.recognize("86095742719")).toEqual([
      { start: 0, end: 11, label: 'DE_TAX_ID', score: 0.85, recognizer: deTaxIdRecognizer.name },
    ]);
  });

  it.each([
    ["86095742719", "86095742719"],
    ["Steuer-ID 86 095 742 719", "86 095 742 719"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "12345678901"],
    ["a leading 0", "02345678901"],
    ["a digit four times", "11112345678"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for a documentation sample with only the check digit', () => {
    expect(found("12345678903")).toEqual([]);
    expect(deTaxIdRecognizer.recognize("12345678903")[0]?.score).toBeLessThan(0.5);
    expect(found("Meine Steuer-ID: 12345678903.")).toEqual(["12345678903"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deTaxIdRecognizer);
  });
});
