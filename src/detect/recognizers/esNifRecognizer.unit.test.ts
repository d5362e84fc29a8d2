import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { esNifRecognizer } from './esNifRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return esNifRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('esNifRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(esNifRecognizer.recognize("DNI 12345678Z")).toEqual([
      { start: 4, end: 13, label: 'ES_NIF', score: 1, recognizer: esNifRecognizer.name },
    ]);
  });

  it.each([
    ["55555555K", "55555555K"],
    ["55555555-K", "55555555-K"],
    ["1111111-G", "1111111-G"],
    ["12345678z", "12345678z"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong letter", "12345678a"],
    ["a US phone number", "401-023-2138"],
    ["nine digits", "123456789Z"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(esNifRecognizer);
  });
});
