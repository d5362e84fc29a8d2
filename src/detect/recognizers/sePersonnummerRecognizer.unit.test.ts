import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { sePersonnummerRecognizer } from './sePersonnummerRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return sePersonnummerRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('sePersonnummerRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(sePersonnummerRecognizer.recognize("pnr 198712202384")).toEqual([
      { start: 4, end: 16, label: 'SE_PERSONNUMMER', score: 1, recognizer: sePersonnummerRecognizer.name },
    ]);
  });

  it.each([
    ["198712202384", "198712202384"],
    ["19910924-2397 är mitt pnr.", "19910924-2397"],
    ["871220-2384", "871220-2384"],
    ["My swedish id code is199003052397.", "199003052397"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["month 13", "19001309-2393"],
    ["day 42", "200504422381"],
    ["a letter inside", "189x09179809"],
    ["a failed Luhn check", "198712202385"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("9201232387")).toEqual([]);
    expect(sePersonnummerRecognizer.recognize("9201232387")[0]?.score).toBeLessThan(0.5);
    expect(found("personnummer 9201232387")).toEqual(["9201232387"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(sePersonnummerRecognizer);
  });
});
