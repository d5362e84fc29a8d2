import { describe, expect, it } from 'vitest';
import { digitRunMask, textFeatures } from './textFeatures.ts';

describe('textFeatures', () => {
  it('counts digits and the lengths of digit runs', () => {
    const f = textFeatures('order 12345 shipped in 3 boxes, ref 0123456789');
    expect(f.digits).toBe(16);
    expect(f.longestDigitRun).toBe(10);
    expect(f.digitRuns & digitRunMask(5, 5)).not.toBe(0);
    expect(f.digitRuns & digitRunMask(1, 1)).not.toBe(0);
    expect(f.digitRuns & digitRunMask(6, 9)).toBe(0);
  });

  it('groups digit runs joined by single joiners, spaces and dashes apart from the others', () => {
    expect(textFeatures('card 4111 1111-1111 1111').longestSpacedDigits).toBe(16);
    expect(textFeatures('at 14:03:27.512').longestSpacedDigits).toBe(3);
    expect(textFeatures('at 14:03:27.512').longestSeparatedDigits).toBe(9);
    // Two joiners in a row, or a letter, end a group.
    expect(textFeatures('12  34').longestSpacedDigits).toBe(2);
    expect(textFeatures('12-a34').longestSeparatedDigits).toBe(2);
  });

  it('measures runs of letters and digits, with and without a digit', () => {
    const f = textFeatures('notifications for A12345678 and ghp_abc');
    expect(f.longestAlnumRun).toBe(13);
    expect(f.longestAlnumRunWithDigit).toBe(9);
    expect(f.letterDigit).toBe(1);
    expect(f.digitLetter).toBe(0);
    expect(textFeatures('1234567L').digitLetter).toBe(1);
  });

  it('counts the characters gates look for, and notices text outside ASCII', () => {
    const f = textFeatures('a@b.c key=value 10:30 - x');
    expect([f.at, f.dots, f.equals, f.colons, f.dashes, f.upperCase]).toEqual([1, 1, 1, 1, 1, 0]);
    expect(f.nonAscii).toBe(false);
    expect(textFeatures('café').nonAscii).toBe(true);
    expect(textFeatures('Hello World').lowerCase).toBe('hello world');
  });

  it('gives the same answer for the same text, whether asked once or again', () => {
    const text = 'call 415 555 0132';
    expect(textFeatures(text)).toBe(textFeatures(text));
    expect(textFeatures(`${text} `).digits).toBe(10);
  });
});
