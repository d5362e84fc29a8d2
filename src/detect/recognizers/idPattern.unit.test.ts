import { describe, expect, it } from 'vitest';
import { DIGITS_END, DIGITS_START, WORD_END, WORD_START, idPattern } from './idPattern.ts';

const nine = idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END);
const word = idPattern(WORD_START, String.raw`[A-Z]\d{3}`, WORD_END);
const all = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => m[0]);

describe('idPattern', () => {
  it('finds a digit run standing on its own', () => {
    expect(all(nine, 'id 123456789, and (987654321)')).toEqual(['123456789', '987654321']);
  });

  it.each([
    ['inside a longer number', '1234567890'],
    ['glued to letters', 'x123456789'],
    ['after a plus', '+123456789'],
    ['in a URL path', '/runs/123456789'],
    ['after a hash', '#123456789'],
    ['continuing a decimal', '3.123456789'],
    ['followed by a decimal part', '123456789.5'],
    ['continuing a dashed number', '12-123456789'],
  ])('does not find nine digits %s', (_why, text) => {
    expect(all(nine, text)).toEqual([]);
  });

  it('keeps letter-and-digit ids whole', () => {
    expect(all(word, 'A123 xA123 A1234 A123')).toEqual(['A123', 'A123']);
  });
});
