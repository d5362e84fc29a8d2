import { describe, expect, it } from 'vitest';
import { maskValue } from './maskValue.ts';

describe('maskValue', () => {
  it('keeps the first two characters and the punctuation, masks every other letter and digit', () => {
    expect(maskValue('m.okafor@globex-mail.com')).toBe('m.******@******-****.***');
    expect(maskValue('4539 1488 0343 6467')).toBe('45** **** **** ****');
    expect(maskValue('536-22-1234')).toBe('53*-**-****');
  });

  it('keeps nothing of a short value', () => {
    expect(maskValue('AB12345')).toBe('*******');
  });

  it('puts the value on one line and masks control characters', () => {
    expect(maskValue('ab\ncd\tefgh')).toBe('ab ** ****');
    expect(maskValue('\u001b[31mredtext')).toBe('*[**********');
  });

  it('cuts a long value after 40 characters, saying how much is left out', () => {
    const key = `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(100)}`;
    expect(maskValue(key)).toBe(`-----***** ******* ***----- ${'*'.repeat(12)}\u2026(+88)`);
  });

  it('masks by code point, so an astral character is one character', () => {
    expect(maskValue('\u{1d400}\u{1d401}\u{1d402}defghij')).toBe('\u{1d400}\u{1d401}********');
  });
});
