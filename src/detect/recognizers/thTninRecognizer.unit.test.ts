import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { thTninRecognizer } from './thTninRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return thTninRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('thTninRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(thTninRecognizer.recognize("TNIN: 2345678901234")).toEqual([
      { start: 6, end: 19, label: 'TH_TNIN', score: 0.85, recognizer: thTninRecognizer.name },
    ]);
  });

  it.each([
    ["My Thai ID is 1234567890121", "1234567890121"],
    ["TNIN: 2345678901234", "2345678901234"],
    ["เลขประจำตัวประชาชน: 3456789012347", "3456789012347"],
    ["1-2345-67890-12-1", "1-2345-67890-12-1"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "Thai ID 1234567890123"],
    ["province 28", "Thai ID 1284567890124"],
    ["category 0", "Thai ID 0234567890124"],
    ["fourteen digits", "Thai ID 12345678901234"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for thirteen bare digits', () => {
    expect(found("1234567890121")).toEqual([]);
    expect(thTninRecognizer.recognize("1234567890121")[0]?.score).toBeLessThan(0.5);
    expect(found("Thai National ID 1234567890121")).toEqual(["1234567890121"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(thTninRecognizer);
  });
});
