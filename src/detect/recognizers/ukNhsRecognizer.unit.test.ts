import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { ukNhsRecognizer } from './ukNhsRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return ukNhsRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ukNhsRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(ukNhsRecognizer.recognize("NHS 401 023 2137")).toEqual([
      { start: 4, end: 16, label: 'UK_NHS', score: 0.9, recognizer: ukNhsRecognizer.name },
    ]);
  });

  it.each([
    ["401-023-2137", "401-023-2137"],
    ["221 395 1837", "221 395 1837"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "401-023-2138"],
    ["mixed separators", "401-023 2137"],
    ["one digit repeated", "000 000 0000"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("0032698674")).toEqual([]);
    expect(ukNhsRecognizer.recognize("0032698674")[0]?.score).toBeLessThan(0.5);
    expect(found("NHS number 0032698674")).toEqual(["0032698674"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ukNhsRecognizer);
  });
});
