import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usBankNumberRecognizer } from './usBankNumberRecognizer.ts';

function found(text: string): string[] {
  return usBankNumberRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('usBankNumberRecognizer', () => {
  it('reports an account number named as one, with exact offsets', () => {
    expect(usBankNumberRecognizer.recognize('checking account 000123456789')).toEqual([
      { start: 17, end: 29, label: 'US_BANK_NUMBER', score: 0.6, recognizer: 'us_bank_number' },
    ]);
  });

  it.each([
    ['my bank account number is 945456787654', '945456787654'],
    ['acct # 12345678', '12345678'],
    ['direct deposit to 4099999992 please', '4099999992'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['no banking word', '945456787654'],
    ['seven digits', 'account number 1234567'],
    ['eighteen digits', 'account number 123456789012345678'],
    ['an AWS account', 'AWS account number 123456789012'],
    ['plain "account"', 'account 123456789012 in the org'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usBankNumberRecognizer);
  });
});
