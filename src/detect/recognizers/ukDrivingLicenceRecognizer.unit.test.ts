import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { ukDrivingLicenceRecognizer } from './ukDrivingLicenceRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return ukDrivingLicenceRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ukDrivingLicenceRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(ukDrivingLicenceRecognizer.recognize("Licence: MORGA607054SM9IJ ok")).toEqual([
      { start: 9, end: 25, label: 'UK_DRIVING_LICENCE', score: 0.85, recognizer: ukDrivingLicenceRecognizer.name },
    ]);
  });

  it.each([
    ["MORGA607054SM9IJ", "MORGA607054SM9IJ"],
    ["morga607054sm9ij", "morga607054sm9ij"],
    ["FO999512018AA1AB", "FO999512018AA1AB"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["month 13", "MORGA613054SM9IJ"],
    ["mixed case", "Morga607054sm9ij"],
    ["inside a longer token", "XMORGA607054SM9IJ"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ukDrivingLicenceRecognizer);
  });
});
