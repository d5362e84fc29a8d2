import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { abaRoutingRecognizer } from './abaRoutingRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return abaRoutingRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('abaRoutingRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(abaRoutingRecognizer.recognize("3222-7162-7")).toEqual([
      { start: 0, end: 11, label: 'ABA_ROUTING_NUMBER', score: 0.6, recognizer: abaRoutingRecognizer.name },
    ]);
  });

  it.each([
    ["3222-7162-7", "3222-7162-7"],
    ["routing 0711-0130-7 at the bank", "0711-0130-7"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["an unassigned prefix", "routing number 421042111"],
    ["a failed checksum", "1234-0000-0"],
    ["a decimal", "3.121000358"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("121000358")).toEqual([]);
    expect(abaRoutingRecognizer.recognize("121000358")[0]?.score).toBeLessThan(0.5);
    expect(found("ABA routing number 121000358")).toEqual(["121000358"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(abaRoutingRecognizer);
  });
});
