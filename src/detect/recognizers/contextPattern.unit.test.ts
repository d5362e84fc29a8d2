import { describe, expect, it } from 'vitest';
import { contextPattern } from './contextPattern.ts';

describe('contextPattern', () => {
  const words = contextPattern(['tax id', 'nhs', 'n.i.', '주민등록번호', 'เลขบัตรประชาชน']);

  it('matches whole words and phrases with any spacing, in any case', () => {
    expect(words.test('my TAX   ID is')).toBe(true);
    expect(words.test('NHS number')).toBe(true);
    expect(words.test('N.I. number')).toBe(true);
  });

  it('does not match inside a longer word', () => {
    expect(words.test('syntax identifier')).toBe(false);
    expect(words.test('nhsx')).toBe(false);
  });

  it('matches words of scripts that glue particles on', () => {
    expect(words.test('주민등록번호는 9601211021413')).toBe(true);
    expect(words.test('เลขบัตรประชาชน2345678901234')).toBe(true);
  });
});
