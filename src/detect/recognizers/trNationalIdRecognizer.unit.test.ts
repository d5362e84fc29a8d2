import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { trNationalIdRecognizer } from './trNationalIdRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return trNationalIdRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('trNationalIdRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(trNationalIdRecognizer.recognize("Turkish ID 10000000146")).toEqual([
      { start: 11, end: 22, label: 'TR_NATIONAL_ID', score: 1, recognizer: trNationalIdRecognizer.name },
    ]);
  });

  it.each([
    ["10000000146", "10000000146"],
    ["TC Kimlik No: 10000000146", "10000000146"],
    ["Türk kimlik numarası 36493665440", "36493665440"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong last digit", "10000000145"],
    ["a wrong tenth digit", "76543210780"],
    ["a leading zero", "02531814694"],
    ["twelve digits", "123456789012"],
    ["a job number", "job 10000000146"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(trNationalIdRecognizer);
  });
});
