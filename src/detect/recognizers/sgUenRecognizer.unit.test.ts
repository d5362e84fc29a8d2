import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { sgUenRecognizer } from './sgUenRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return sgUenRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('sgUenRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(sgUenRecognizer.recognize("UEN 53125226D was processed")).toEqual([
      { start: 4, end: 13, label: 'SG_UEN', score: 0.9, recognizer: sgUenRecognizer.name },
    ]);
  });

  it.each([
    ["53125226D", "53125226D"],
    ["201434292D", "201434292D"],
    ["UEN T16RF0037C", "T16RF0037C"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["no check letter", "53125226"],
    ["a wrong check letter", "53125226E"],
    ["an unknown entity type", "T16XX0037C"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(sgUenRecognizer);
  });
});
