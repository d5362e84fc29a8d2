import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { caSinRecognizer } from './caSinRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return caSinRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('caSinRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(caSinRecognizer.recognize("SIN 347-677-452")).toEqual([
      { start: 4, end: 15, label: 'CA_SIN', score: 0.9, recognizer: caSinRecognizer.name },
    ]);
  });

  it.each([
    ["130 692 544", "130 692 544"],
    ["my SIN is 130-692-544", "130-692-544"],
    ["mon NAS: 258 933 688", "258 933 688"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a failed Luhn check", "130 692 545"],
    ["a leading 0", "046 454 286"],
    ["mixed separators", "046-454 286"],
    ["one digit repeated", "999 999 999"],
    ["ten digits", "1306925440"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("130692544")).toEqual([]);
    expect(caSinRecognizer.recognize("130692544")[0]?.score).toBeLessThan(0.5);
    expect(found("SIN 130692544")).toEqual(["130692544"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(caSinRecognizer);
  });
});
