import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usItinRecognizer } from './usItinRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return usItinRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('usItinRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(usItinRecognizer.recognize("ITIN 911-70-1234")).toEqual([
      { start: 5, end: 16, label: 'US_ITIN', score: 0.9, recognizer: usItinRecognizer.name },
    ]);
  });

  it.each([
    ["ITIN 911-70-1234 on the W-7", "911-70-1234"],
    ["abc 911-53-1234 abc", "911-53-1234"],
    ["my itin is 911 64 1234", "911 64 1234"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["an unassigned group", "911-89-1234"],
    ["an SSN", "078-05-1123"],
    ["part of a longer number", "1-911-70-1234"],
    ["mixed separators", "911-70 1234"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for nine bare digits', () => {
    expect(found("911701234")).toEqual([]);
    expect(usItinRecognizer.recognize("911701234")[0]?.score).toBeLessThan(0.5);
    expect(found("my ITIN: 911701234")).toEqual(["911701234"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usItinRecognizer);
  });
});
