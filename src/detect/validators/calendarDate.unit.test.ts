import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendarDate.ts';

describe('isCalendarDate', () => {
  it.each([
    [2024, 2, 29],
    [2000, 2, 29],
    [1999, 12, 31],
    [1900, 1, 1],
  ])('accepts %i-%i-%i', (y, m, d) => {
    expect(isCalendarDate(y, m, d)).toBe(true);
  });

  it.each([
    [1999, 2, 29],
    [1900, 2, 29],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 10],
    [2024, 1, 0],
    [2024, 1.5, 1],
  ])('rejects %s-%s-%s', (y, m, d) => {
    expect(isCalendarDate(y, m, d)).toBe(false);
  });
});
