import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { auAcnRecognizer } from './auAcnRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return auAcnRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('auAcnRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(auAcnRecognizer.recognize("ACN 005 499 981")).toEqual([
      { start: 4, end: 15, label: 'AU_ACN', score: 0.9, recognizer: auAcnRecognizer.name },
    ]);
  });

  it.each([
    ["005 499 981", "005 499 981"],
    ["000 000 019", "000 000 019"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed check", "824 753 557"],
    ["a group too many", "51 824 753 5564"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("006249976")).toEqual([]);
    expect(auAcnRecognizer.recognize("006249976")[0]?.score).toBeLessThan(0.5);
    expect(found("ACN 006249976")).toEqual(["006249976"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(auAcnRecognizer);
  });
});
