import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { ukNinoRecognizer } from './ukNinoRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return ukNinoRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ukNinoRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(ukNinoRecognizer.recognize("Here is my National Insurance Number YZ 61 48 68 B")).toEqual([
      { start: 37, end: 50, label: 'UK_NINO', score: 0.85, recognizer: ukNinoRecognizer.name },
    ]);
  });

  it.each([
    ["AA 12 34 56 B", "AA 12 34 56 B"],
    ["hh 01 02 03 d", "hh 01 02 03 d"],
    ["tw987654a", "tw987654a"],
    ["nino: PR 123612C", "PR 123612C"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a suffix past D", "AA 12 34 56 H"],
    ["a digit suffix", "AB 12 34 56 1"],
    ["an F first", "FQ 00 00 00 C"],
    ["the unused BG prefix", "BG123612A"],
    ["the unused NT prefix", "nino: nt 99 88 77 a"],
    ["U and V", "UV 98 76 54 B"],
    ["mixed case", "Aa123456b"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ukNinoRecognizer);
  });
});
