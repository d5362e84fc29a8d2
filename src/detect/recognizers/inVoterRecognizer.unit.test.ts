import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inVoterRecognizer } from './inVoterRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inVoterRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inVoterRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inVoterRecognizer.recognize("my voter: DBJ2289013")).toEqual([
      { start: 10, end: 20, label: 'IN_VOTER', score: 0.85, recognizer: inVoterRecognizer.name },
    ]);
  });

  it.each([
    ["my voter: DBJ2289013", "DBJ2289013"],
    ["You can vote with your CPJ4467918 number", "CPJ4467918"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a ServiceNow ticket", "ServiceNow ticket INC0012345"],
    ["a trailing letter", "voter id A8923571WZ"],
    ["mixed case", "voter Dbj2289013"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for three letters and seven digits', () => {
    expect(found("KSD1287349")).toEqual([]);
    expect(inVoterRecognizer.recognize("KSD1287349")[0]?.score).toBeLessThan(0.5);
    expect(found("voter id KSD1287349")).toEqual(["KSD1287349"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inVoterRecognizer);
  });
});
