import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { krDriverLicenseRecognizer } from './krDriverLicenseRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return krDriverLicenseRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('krDriverLicenseRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(krDriverLicenseRecognizer.recognize("My license is 13-22-123456-12")).toEqual([
      { start: 14, end: 29, label: 'KR_DRIVER_LICENSE', score: 0.85, recognizer: krDriverLicenseRecognizer.name },
    ]);
  });

  it.each([
    ["11-22-123456-12", "11-22-123456-12"],
    ["28 22 123456 12", "28 22 123456 12"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["region 99", "99-22-123456-12"],
    ["a five-digit serial", "11-22-12345-12"],
    ["a letter in the serial", "11-22-123A56-12"],
    ["a three-digit region", "111-22-123456-12"],
    ["mixed separators", "11-22 123456-12"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for twelve bare digits', () => {
    expect(found("112212345612")).toEqual([]);
    expect(krDriverLicenseRecognizer.recognize("112212345612")[0]?.score).toBeLessThan(0.5);
    expect(found("운전면허번호 112212345612")).toEqual(["112212345612"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(krDriverLicenseRecognizer);
  });
});
