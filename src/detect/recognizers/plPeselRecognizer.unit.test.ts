import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { plPeselRecognizer } from './plPeselRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return plPeselRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('plPeselRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(plPeselRecognizer.recognize("PESEL 44051401458")).toEqual([
      { start: 6, end: 17, label: 'PL_PESEL', score: 1, recognizer: plPeselRecognizer.name },
    ]);
  });

  it.each([
    ["44051401458", "44051401458"],
    ["My pesel is 44051401458.", "44051401458"],
    ["02070803628", "02070803628"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "44051401459"],
    ["ten digits", "1111321111"],
    ["dashes", "11-11-11-11114"],
    ["a build number", "build 44051401458"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(plPeselRecognizer);
  });
});
