import { describe, expect, it } from 'vitest';
import { chatWords } from './chatWords.ts';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, LAST_NAMES, PLACE_NAMES, isKnownOtherWord, normaliseWord } from './nameLexicon.ts';
import { placeEnd } from './placeEnd.ts';

describe('nameLexicon', () => {
  it('normalises case and accents', () => {
    expect(normaliseWord('María')).toBe('maria');
    expect(normaliseWord('ZOË')).toBe('zoe');
    expect(normaliseWord('Tom')).toBe('tom');
  });

  it('has compromise\'s names and ours, and no places among the first names', () => {
    expect(FIRST_NAMES.size).toBeGreaterThan(3_000);
    for (const name of ['maria', 'tom', 'priya', 'kwame', 'katarzyna', 'jean']) expect(FIRST_NAMES.has(name), name).toBe(true);
    for (const place of ['sydney', 'virginia', 'dublin']) expect(FIRST_NAMES.has(place), place).toBe(false);
    expect(LAST_NAMES.has('smith')).toBe(true);
    expect(PLACE_NAMES.has('frankfurt')).toBe(true);
    expect(AMBIGUOUS_FIRST_NAMES.has('mark')).toBe(true);
  });

  it('knows ordinary words from names', () => {
    expect(isKnownOtherWord('support')).toBe(true);
    expect(isKnownOtherWord('smith')).toBe(false);
    expect(isKnownOtherWord('okonkwo')).toBe(false);
  });
});

describe('placeEnd', () => {
  it('matches the longest place at a word', () => {
    const words = chatWords('moved from San Francisco to Dublin');
    expect(placeEnd(words, 2)).toBe(3);
    expect(placeEnd(words, 5)).toBe(5);
    expect(placeEnd(words, 0)).toBeUndefined();
  });

  it('does not join words across punctuation', () => {
    expect(placeEnd(chatWords('San, Francisco'), 0)).toBeUndefined();
  });
});
