import { describe, expect, it } from 'vitest';
import { isValidSgUen } from './sgUen.ts';

describe('isValidSgUen', () => {
  it.each(['53125226D', '201434292D', 'T16RF0037C', 'S57TU0392K', 'R16RF0037F'])('accepts %s', (uen) => {
    expect(isValidSgUen(uen, 2025)).toBe(true);
  });

  it.each([
    ['a wrong check letter', '53125226E'],
    ['an unknown entity type', 'T16XX0037C'],
    ['a registration year in the future', '299934292D'],
    ['no check letter', '53125226'],
  ])('rejects %s', (_why, uen) => {
    expect(isValidSgUen(uen, 2025)).toBe(false);
  });
});
