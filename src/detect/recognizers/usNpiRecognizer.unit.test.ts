import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usNpiRecognizer } from './usNpiRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return usNpiRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('usNpiRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(usNpiRecognizer.recognize("NPI: 1234-567-893")).toEqual([
      { start: 5, end: 17, label: 'US_NPI', score: 0.9, recognizer: usNpiRecognizer.name },
    ]);
  });

  it.each([
    ["1234-567-893", "1234-567-893"],
    ["NPI 1234 567 893 for the claim", "1234 567 893"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed check", "NPI: 1234567890"],
    ["a first digit of 3", "3234-567-893"],
    ["mixed separators", "1234-567 893"],
    ["an epoch timestamp", "at 1718114607 the job failed"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("1245319599")).toEqual([]);
    expect(usNpiRecognizer.recognize("1245319599")[0]?.score).toBeLessThan(0.5);
    expect(found("Provider identifier 1245319599")).toEqual(["1245319599"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usNpiRecognizer);
  });
});
