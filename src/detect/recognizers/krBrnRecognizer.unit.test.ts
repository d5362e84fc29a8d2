import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { krBrnRecognizer } from './krBrnRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return krBrnRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('krBrnRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(krBrnRecognizer.recognize("104-82-13138")).toEqual([
      { start: 0, end: 12, label: 'KR_BRN', score: 0.6, recognizer: krBrnRecognizer.name },
    ]);
  });

  it.each([
    ["104-86-56659", "104-86-56659"],
    ["My BRN is 1048656659", "1048656659"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "104-86-56658"],
    ["four digits at the end", "110-81-4127"],
    ["six digits at the end", "110-81-412722"],
    ["a letter", "110-81-4127A"],
    ["an SSN-like sample", "123-45-67890"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("1048656659")).toEqual([]);
    expect(krBrnRecognizer.recognize("1048656659")[0]?.score).toBeLessThan(0.5);
    expect(found("BRN 1048656659")).toEqual(["1048656659"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(krBrnRecognizer);
  });
});
