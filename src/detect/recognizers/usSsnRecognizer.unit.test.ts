import { describe, expect, it } from 'vitest';
import { usSsnRecognizer } from './usSsnRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return usSsnRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('usSsnRecognizer', () => {
  it('finds a dashed SSN with its exact offsets', () => {
    expect(usSsnRecognizer.recognize('abc 078-05-1123 abc')).toEqual([
      { start: 4, end: 15, label: 'US_SSN', score: 0.6, recognizer: 'us_ssn' },
    ]);
  });

  it.each(['078-05-1123', '078 05 1123', '078.05.1123'])('finds %s without context', (ssn) => {
    expect(found(`abc ${ssn} abc`)).toEqual([ssn]);
  });

  it('raises the score with an SSN word nearby', () => {
    expect(usSsnRecognizer.recognize('my SSN is 078-05-1123')[0]?.score).toBeGreaterThan(0.8);
  });

  it('reports nine bare digits only with an SSN word nearby', () => {
    expect(found('078051123')).toEqual([]);
    expect(usSsnRecognizer.recognize('078051123')[0]?.score).toBeLessThan(0.5);
    expect(found('social security: 078051123')).toEqual(['078051123']);
  });

  it.each([
    ['the Woolworth card', 'my SSN is 078-05-1120'],
    ['the advertising sample', 'ssn 219-09-9999'],
    ['the textbook example', 'ssn 123-45-6789'],
    ['area 666', 'ssn 666-12-3456'],
    ['area 9xx', 'ssn 900-12-3456'],
    ['group 00', '078 00 1123'],
    ['serial 0000', '078-05-0000'],
    ['one digit repeated', 'ssn 111-11-1111'],
    ['mixed separators', '693-09.4444'],
    ['ten digits', 'ssn 0780511201'],
    ['part of a longer number', '1-078-05-1123'],
    ['spaced digits that go on', 'codes 1 078 05 1123 4'],
  ])('rejects %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });
});
