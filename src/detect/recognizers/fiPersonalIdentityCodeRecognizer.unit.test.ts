import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { fiPersonalIdentityCodeRecognizer } from './fiPersonalIdentityCodeRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return fiPersonalIdentityCodeRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('fiPersonalIdentityCodeRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(fiPersonalIdentityCodeRecognizer.recognize("hetu 131052-308T")).toEqual([
      { start: 5, end: 16, label: 'FI_PERSONAL_IDENTITY_CODE', score: 1, recognizer: fiPersonalIdentityCodeRecognizer.name },
    ]);
  });

  it.each([
    ["131052-308T", "131052-308T"],
    ["020594X903P is my hetu.", "020594X903P"],
    ["My finnish id code is030594W903B.", "030594W903B"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check character", "111111-111A"],
    ["31 February", "310289-211C"],
    ["a slash", "131052/308T"],
    ["a colon", "131052:308T"],
    ["a dot", "131052.308T"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(fiPersonalIdentityCodeRecognizer);
  });
});
