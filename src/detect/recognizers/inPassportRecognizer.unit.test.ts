import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inPassportRecognizer } from './inPassportRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inPassportRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inPassportRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inPassportRecognizer.recognize("passport A3456781")).toEqual([
      { start: 9, end: 17, label: 'IN_PASSPORT', score: 0.6, recognizer: inPassportRecognizer.name },
    ]);
  });

  it.each([
    ["my passport number is T3569075", "T3569075"],
    ["passport number: J6932157", "J6932157"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["no passport word", "A3456781"],
    ["six digits", "my passport number is T356907"],
    ["a leading zero digit", "passport b0097650"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inPassportRecognizer);
  });
});
