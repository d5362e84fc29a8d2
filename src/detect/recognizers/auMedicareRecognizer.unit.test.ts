import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { auMedicareRecognizer } from './auMedicareRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return auMedicareRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('auMedicareRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(auMedicareRecognizer.recognize("2123 45670 1")).toEqual([
      { start: 0, end: 12, label: 'AU_MEDICARE', score: 0.6, recognizer: auMedicareRecognizer.name },
    ]);
  });

  it.each([
    ["2123 45670 1", "2123 45670 1"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed check", "2123 25870 1"],
    ["twelve digits", "212345670221"],
    ["letters after", "2123456702AF"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("2123456701")).toEqual([]);
    expect(auMedicareRecognizer.recognize("2123456701")[0]?.score).toBeLessThan(0.5);
    expect(found("Medicare card 2123456701")).toEqual(["2123456701"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(auMedicareRecognizer);
  });
});
