import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inPanRecognizer } from './inPanRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inPanRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inPanRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inPanRecognizer.recognize("PAN ABCPD1234Z")).toEqual([
      { start: 4, end: 14, label: 'IN_PAN', score: 0.85, recognizer: inPanRecognizer.name },
    ]);
  });

  it.each([
    ["ABCPD1234Z", "ABCPD1234Z"],
    ["My PAN number is ABBPM4567S with a lot of text beyond it", "ABBPM4567S"],
    ["abcpd1234z", "abcpd1234z"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["an S as holder type", "AAASA1111R"],
    ["an N as holder type", "ABCND1234Z"],
    ["digits first", "A1111DFSFS"],
    ["eight characters", "ABCD1234"],
    ["mixed case", "ABCpd1234Z"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inPanRecognizer);
  });
});
