import { describe, expect, it } from 'vitest';
import { backtrackingRisks } from './patternSafety.ts';

describe('backtrackingRisks', () => {
  it.each([
    ['a repeated group with a variable count inside', /(\d{1,3})+x/],
    ['a repeated group with an unbounded quantifier inside', /(?<![a])(a+)*b/],
    ['two unbounded quantifiers in a row', /(?<!\w)\w+\d+x/],
    ['a leading unbounded quantifier without a lookbehind', /[a-z]+@/],
    ['the same inside a group', /(?:[a-z]+)@/],
    ['the same in a later alternative', /a|[a-z]+x/],
    ['a digit run joined by repeated separators', /(?<![\p{L}\p{N}_])\d+(?:[ -]\d+)*(?![\p{L}\p{N}_])/u],
  ])('flags %s', (_why, pattern) => {
    expect(backtrackingRisks(pattern)).not.toEqual([]);
  });

  it.each([
    ['fixed-length groups and a backreference', /(?<!\d)(\d{3})([ -])(\d{2})\2(\d{4})(?!\d)/],
    ['a bounded repeat of a bounded group', /(?:\.\d{1,3}){3}/],
    ['a literal prefix and a fixed length', /ghp_[A-Za-z0-9]{36}/],
    ['an unbounded run after a lookbehind', /(?<![a-z])[a-z]+@/],
    ['unbounded runs split by a literal', /x[a-z]*y[0-9]*/],
    ['character classes with brackets and escapes', /x[\]\\(]+?/g],
    ['lookaheads that are not atoms', /(?=a)(?!b)c{2}/],
  ])('accepts %s', (_why, pattern) => {
    expect(backtrackingRisks(pattern)).toEqual([]);
  });
});
