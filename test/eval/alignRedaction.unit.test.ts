import { describe, expect, it } from 'vitest';
import { alignRedaction } from '../../eval/alignRedaction.ts';

const MARKERS = ['PHONE_NUMBER', 'DIGITS', 'PERSON_NAME', 'EMAIL_ADDRESS'];

describe('alignRedaction', () => {
  it('finds each replaced stretch of the original', () => {
    const original = 'Hi Jane Doe, call 415-555-0132 about 2024';
    expect(alignRedaction(original, 'Hi PERSON_NAME, call PHONE_NUMBER about DIGITS', MARKERS)).toEqual([
      { start: 3, end: 11, marker: 'PERSON_NAME' },
      { start: 18, end: 30, marker: 'PHONE_NUMBER' },
      { start: 37, end: 41, marker: 'DIGITS' },
    ]);
  });

  it('handles placeholders at the edges and side by side', () => {
    expect(alignRedaction('4421 x', 'DIGITS x', MARKERS)).toEqual([{ start: 0, end: 4, marker: 'DIGITS' }]);
    expect(alignRedaction('a@b.co', 'EMAIL_ADDRESS', MARKERS)).toEqual([{ start: 0, end: 6, marker: 'EMAIL_ADDRESS' }]);
    const adjacent = alignRedaction('xAB', 'xDIGITSDIGITS', MARKERS);
    expect(adjacent?.map(({ marker }) => marker)).toEqual(['DIGITS', 'DIGITS']);
    expect(adjacent?.[0]?.start).toBe(1);
    expect(adjacent?.[1]?.end).toBe(3);
  });

  it('places a repeated literal where the rest still fits', () => {
    // " or " occurs twice; the first placement that lets the rest match is taken.
    expect(alignRedaction('1234 or 5678 or', 'DIGITS or DIGITS or', MARKERS)).toEqual([
      { start: 0, end: 4, marker: 'DIGITS' },
      { start: 8, end: 12, marker: 'DIGITS' },
    ]);
  });

  it('answers [] for an unchanged text and undefined for one that cannot come from the original', () => {
    expect(alignRedaction('nothing here', 'nothing here', MARKERS)).toEqual([]);
    expect(alignRedaction('abc', 'xyz DIGITS', MARKERS)).toBeUndefined();
    expect(alignRedaction('abc', 'abc changed', MARKERS)).toBeUndefined();
  });
});
