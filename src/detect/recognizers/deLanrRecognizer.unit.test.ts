import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deLanrRecognizer } from './deLanrRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return deLanrRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('deLanrRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(deLanrRecognizer.recognize("LANR 123456601")).toEqual([
      { start: 5, end: 14, label: 'DE_LANR', score: 0.85, recognizer: deLanrRecognizer.name },
    ]);
  });

  it.each([
    ["LANR: 123456601 des Arztes", "123456601"],
    ["Arztnummer 987654401 auf dem Rezept", "987654401"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "LANR 123456901"],
    ["eight digits", "LANR 12345660"],
    ["ten digits", "LANR 1234566010"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("123456601")).toEqual([]);
    expect(deLanrRecognizer.recognize("123456601")[0]?.score).toBeLessThan(0.5);
    expect(found("LANR 123456601")).toEqual(["123456601"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deLanrRecognizer);
  });
});
