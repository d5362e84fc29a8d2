import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usMbiRecognizer } from './usMbiRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return usMbiRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('usMbiRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(usMbiRecognizer.recognize("Medicare ID: 3CD5-FG7-HJ89")).toEqual([
      { start: 13, end: 26, label: 'US_MBI', score: 0.85, recognizer: usMbiRecognizer.name },
    ]);
  });

  it.each([
    ["1EG4-TE5-MK73", "1EG4-TE5-MK73"],
    ["1eg4-te5-mk73", "1eg4-te5-mk73"],
    ["The MBI is 4EF6GH8JK12 for this patient", "4EF6GH8JK12"],
    ["1EG4TE5MK73", "1EG4TE5MK73"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["an S", "1SG4-TE5-MK73"],
    ["a leading letter", "AEG4-TE5-MK73"],
    ["compact lower case", "1eg4te5mk73"],
    ["ten characters", "1EG4TE5MK7"],
    ["twelve characters", "1EG4TE5MK734"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usMbiRecognizer);
  });
});
