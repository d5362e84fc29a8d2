import { describe, expect, it } from 'vitest';
import { isUnitOrCommonWord } from './isUnitOrCommonWord.ts';

describe('isUnitOrCommonWord', () => {
  it.each(['GB', 'mb', 'AND', 'LTS', 'ms', 'UTC'])('knows %s', (letters) => {
    expect(isUnitOrCommonWord(letters)).toBe(true);
  });

  it.each(['ABC', 'JK', 'CV', 'XYZ', 'A'])('takes %s for plate letters', (letters) => {
    expect(isUnitOrCommonWord(letters)).toBe(false);
  });
});
