import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { auAbnRecognizer } from './auAbnRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return auAbnRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('auAbnRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(auAbnRecognizer.recognize("ABN 51 824 753 556")).toEqual([
      { start: 4, end: 18, label: 'AU_ABN', score: 1, recognizer: auAbnRecognizer.name },
    ]);
  });

  it.each([
    ["51 824 753 556", "51 824 753 556"],
    ["51824753556", "51824753556"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed check", "52 824 753 556"],
    ["a leading zero", "00000000560"],
    ["a group too many", "51 824 753 5564"],
    ["letters after", "52824753556AF"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(auAbnRecognizer);
  });
});
