import { describe, expect, it } from 'vitest';
import { weightedSum } from './weightedSum.ts';

describe('weightedSum', () => {
  it('multiplies each digit by its weight, left to right', () => {
    expect(weightedSum('123', [3, 2, 1])).toBe(1 * 3 + 2 * 2 + 3 * 1);
  });

  it('ignores digits beyond the weights', () => {
    expect(weightedSum('12345', [1, 1])).toBe(3);
  });
});
