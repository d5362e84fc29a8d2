import { describe, expect, it } from 'vitest';
import { looksLikeEpochTimestamp } from './epochTimestamp.ts';

describe('looksLikeEpochTimestamp', () => {
  it.each(['1718114607', '1718114607512', '1500000000'])('is true for %s', (digits) => {
    expect(looksLikeEpochTimestamp(digits)).toBe(true);
  });

  it.each(['1400000000', '9601211021413', '171811460', '17181146075'])('is false for %s', (digits) => {
    expect(looksLikeEpochTimestamp(digits)).toBe(false);
  });
});
