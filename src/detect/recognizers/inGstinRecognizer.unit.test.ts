import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inGstinRecognizer } from './inGstinRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inGstinRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inGstinRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inGstinRecognizer.recognize("27AAPFU0939F1ZV")).toEqual([
      { start: 0, end: 15, label: 'IN_GSTIN', score: 0.85, recognizer: inGstinRecognizer.name },
    ]);
  });

  it.each([
    ["27ABCDE1234F1Z5", "27ABCDE1234F1Z5"],
    ["GST registration: 07PQRST6789K1Z2", "07PQRST6789K1Z2"],
    ["27AAPFU0939F1ZV", "27AAPFU0939F1ZV"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["fourteen characters", "27ABCDE1234F1Z"],
    ["sixteen characters", "27ABCDE1234F1Z55"],
    ["state 00", "00ABCDE1234F1Z5"],
    ["state 38", "38ABCDE1234F1Z5"],
    ["Y where Z goes", "27ABCDE1234F1Y5"],
    ["all letters", "ABCDEFGHIJKLMNO"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inGstinRecognizer);
  });
});
