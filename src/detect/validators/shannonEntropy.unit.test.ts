import { describe, expect, it } from 'vitest';
import { shannonEntropy } from './shannonEntropy.ts';

describe('shannonEntropy', () => {
  it('is 0 for an empty or one-character string', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
  });

  it('is log2 of the alphabet size for evenly used characters', () => {
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });

  it('separates a random token from a word', () => {
    expect(shannonEntropy('Er7zvEnfN5EzJBtv301vCVJqYTyU3jMdkaT1mWtl')).toBeGreaterThan(4);
    expect(shannonEntropy('changeme')).toBeLessThan(3);
  });
});
