import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { auTfnRecognizer } from './auTfnRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return auTfnRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('auTfnRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(auTfnRecognizer.recognize("876 543 210")).toEqual([
      { start: 0, end: 11, label: 'AU_TFN', score: 0.6, recognizer: auTfnRecognizer.name },
    ]);
  });

  it.each([
    ["876 543 210", "876 543 210"],
    ["TFN 876-543-210", "876-543-210"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed check", "824 753 557"],
    ["thirteen digits", "5282475355632"],
    ["letters after", "52824753556AF"],
    ["a line break inside", "123 456\n789"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("876543210")).toEqual([]);
    expect(auTfnRecognizer.recognize("876543210")[0]?.score).toBeLessThan(0.5);
    expect(found("tax file number 876543210")).toEqual(["876543210"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(auTfnRecognizer);
  });
});
