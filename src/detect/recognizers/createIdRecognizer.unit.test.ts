import { describe, expect, it } from 'vitest';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES, isNamedAsTechnical } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Eight digits whose digit sum is a multiple of 10: a toy checksum. */
const toy = createIdRecognizer({
  name: 'toy',
  label: 'US_ITIN',
  context: contextPattern(['toy id']),
  validate: (compact) => [...compact].reduce((s, d) => s + Number(d), 0) % 10 === 0 && (compact.startsWith('9') ? ID_SCORES.strong : true),
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{4}-\d{4}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{8}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});

const contextOnly = createIdRecognizer({
  name: 'context_only',
  label: 'US_PASSPORT',
  context: contextPattern(['passport']),
  validate: () => true,
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{8}`, DIGITS_END), scores: { alone: 0, withContext: 0.6 }, requiresContext: true }],
});

describe('createIdRecognizer', () => {
  it('scores each form by its tier, with and without context', () => {
    expect(toy.recognize('1234-5555')).toEqual([{ start: 0, end: 9, label: 'US_ITIN', score: 0.6, recognizer: 'toy' }]);
    expect(toy.recognize('toy id 1234-5555')[0]?.score).toBe(0.9);
    expect(toy.recognize('12345555')[0]?.score).toBe(0.4);
    expect(toy.recognize('toy id 12345555')[0]?.score).toBe(0.85);
  });

  it('drops candidates the validator rejects and uses the tier it returns', () => {
    expect(toy.recognize('12345551')).toEqual([]);
    expect(toy.recognize('90000001')[0]?.score).toBe(0.85);
  });

  it('caps a bare number named as a technical identifier', () => {
    expect(toy.recognize('build 90000001')[0]?.score).toBe(0.1);
    expect(toy.recognize('order number: 12345555')[0]?.score).toBe(0.1);
  });

  it('reports a context-only form only next to its words', () => {
    expect(contextOnly.recognize('12345678')).toEqual([]);
    expect(contextOnly.recognize('passport 12345678')).toHaveLength(1);
    expect(contextOnly.recognize(`passport ${'x'.repeat(60)} 12345678`)).toEqual([]);
  });

  it('exposes its patterns', () => {
    expect(toy.patterns).toHaveLength(2);
  });
});

describe('isNamedAsTechnical', () => {
  it.each(['build ', 'job #', 'Order No. ', 'PID=', 'the trace id is ', 'version: '])('is true after %j', (before) => {
    expect(isNamedAsTechnical(`${before}123`, before.length)).toBe(true);
  });

  it.each(['my ', 'Thai ID ', 'TC Kimlik No: ', 'rebuild '])('is false after %j', (before) => {
    expect(isNamedAsTechnical(`${before}123`, before.length)).toBe(false);
  });
});
