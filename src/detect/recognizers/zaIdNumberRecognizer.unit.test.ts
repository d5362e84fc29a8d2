import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { zaIdNumberRecognizer } from './zaIdNumberRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return zaIdNumberRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('zaIdNumberRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(zaIdNumberRecognizer.recognize("RSA ID: 8001015009087")).toEqual([
      { start: 8, end: 21, label: 'ZA_ID_NUMBER', score: 1, recognizer: zaIdNumberRecognizer.name },
    ]);
  });

  it.each([
    ["8001015009087", "8001015009087"],
    ["My South African ID is 9202201234088.", "9202201234088"],
    ["Refugee ID number 0001015002288 is on file.", "0001015002288"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed Luhn check", "8001015009086"],
    ["29 February 1999", "9902294321191"],
    ["eleven digits", "ID 80010150090"],
    ["fourteen digits", "SA ID 80010150090870"],
    ["glued to letters", "AB8001015009087CD"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(zaIdNumberRecognizer);
  });
});
