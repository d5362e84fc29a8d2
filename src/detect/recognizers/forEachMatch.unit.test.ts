import { describe, expect, it } from 'vitest';
import { forEachMatch } from './forEachMatch.ts';

const collect = (pattern: RegExp, text: string): Array<[number, string]> => {
  const found: Array<[number, string]> = [];
  forEachMatch(pattern, text, (m) => found.push([m.index, m[0]]));
  return found;
};

describe('forEachMatch', () => {
  it('visits what matchAll would, empty matches and surrogate pairs included', () => {
    const cases: Array<[RegExp, string]> = [
      [/\d+/g, 'a1b22c333'],
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a𝒜b'],
      [/\p{L}/gu, 'é𝒜z'],
    ];
    for (const [pattern, text] of cases) {
      expect(collect(pattern, text)).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
    }
  });

  it('leaves the pattern usable: lastIndex is 0 after a scan, even one cut short by a throw', () => {
    const pattern = /\d/g;
    expect(() =>
      forEachMatch(pattern, '123', () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(pattern.lastIndex).toBe(0);
    expect(collect(pattern, '12')).toEqual([
      [0, '1'],
      [1, '2'],
    ]);
  });

  it('wants a global pattern, as matchAll does', () => {
    expect(() => forEachMatch(/\d/, '1', () => {})).toThrow(TypeError);
  });
});
