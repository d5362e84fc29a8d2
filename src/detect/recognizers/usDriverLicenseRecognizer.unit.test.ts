import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usDriverLicenseRecognizer } from './usDriverLicenseRecognizer.ts';

function found(text: string): string[] {
  return usDriverLicenseRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('usDriverLicenseRecognizer', () => {
  it('reports a licence number next to the words, with exact offsets', () => {
    expect(usDriverLicenseRecognizer.recognize("driver's license H12234567")).toEqual([
      { start: 17, end: 26, label: 'US_DRIVER_LICENSE', score: 0.6, recognizer: 'us_driver_license' },
    ]);
  });

  it.each([
    ['DL# D1234567', 'D1234567'],
    ['my drivers license is 123456789', '123456789'],
    ['driver license number WD12345678', 'WD12345678'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['no licence word', 'H12234567'],
    ['a software licence', 'MIT license v2.0, key ABCD1234'],
    ['letters only', "driver's license ABCDEFGH"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usDriverLicenseRecognizer);
  });
});
