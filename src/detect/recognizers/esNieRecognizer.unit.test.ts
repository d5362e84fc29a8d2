import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { esNieRecognizer } from './esNieRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return esNieRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('esNieRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(esNieRecognizer.recognize("Z8078221M")).toEqual([
      { start: 0, end: 9, label: 'ES_NIE', score: 0.85, recognizer: esNieRecognizer.name },
    ]);
  });

  it.each([
    ["Mi NIE es X9613851N", "X9613851N"],
    ["Y8063915-Z", "Y8063915-Z"],
    ["z8078221m", "z8078221m"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong letter", "Y8063915Q"],
    ["six digits", "Y806391Q"],
    ["a digit prefix", "58063915Q"],
    ["a W prefix", "W8063915Q"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(esNieRecognizer);
  });
});
