import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deHealthInsuranceRecognizer } from './deHealthInsuranceRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return deHealthInsuranceRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('deHealthInsuranceRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(deHealthInsuranceRecognizer.recognize("Krankenkasse KVNR: A123456780")).toEqual([
      { start: 19, end: 29, label: 'DE_HEALTH_INSURANCE', score: 0.9, recognizer: deHealthInsuranceRecognizer.name },
    ]);
  });

  it.each([
    ["A123456780", "A123456780"],
    ["eGK-Nummer M123456785 bitte angeben.", "M123456785"],
    ["a123456780", "a123456780"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "A123456787"],
    ["no letter", "1123456780"],
    ["eight digits", "A12345678"],
    ["ten digits", "A1234567890"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deHealthInsuranceRecognizer);
  });
});
