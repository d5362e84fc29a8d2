import { describe, expect, it } from 'vitest';
import { hasNearbyContext } from './hasNearbyContext.ts';

const WORDS = /\b(?:ssn|social security)\b/i;

function around(text: string, candidate: string): [number, number] {
  const start = text.indexOf(candidate);
  return [start, start + candidate.length];
}

describe('hasNearbyContext', () => {
  it('finds a word shortly before the candidate', () => {
    const text = 'my SSN is 078-05-1123';
    expect(hasNearbyContext(text, ...around(text, '078-05-1123'), WORDS)).toBe(true);
  });

  it('finds a word shortly after the candidate', () => {
    const text = '078-05-1123 (social security)';
    expect(hasNearbyContext(text, ...around(text, '078-05-1123'), WORDS)).toBe(true);
  });

  it('ignores words outside the window', () => {
    const text = `ssn ${'x'.repeat(60)} 078-05-1123`;
    expect(hasNearbyContext(text, ...around(text, '078-05-1123'), WORDS)).toBe(false);
    expect(hasNearbyContext(text, ...around(text, '078-05-1123'), WORDS, { before: 80, after: 0 })).toBe(true);
  });

  it('does not take the candidate as its own context', () => {
    const text = 'ssn';
    expect(hasNearbyContext(text, 0, 3, WORDS)).toBe(false);
  });

  it('gives the same answer every time for a global pattern', () => {
    const text = 'my ssn is 078-05-1123';
    const global = /\bssn\b/gi;
    const span = around(text, '078-05-1123');
    expect([1, 2, 3].map(() => hasNearbyContext(text, ...span, global))).toEqual([true, true, true]);
  });
});
