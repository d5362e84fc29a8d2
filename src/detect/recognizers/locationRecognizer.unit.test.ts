import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { textFeatures } from '../textFeatures.ts';
import { LOCATION_SCORES, locationRecognizer } from './locationRecognizer.ts';

function places(text: string): string[] {
  return locationRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('locationRecognizer', () => {
  it('reports exact offsets, higher for a place compromise knows', () => {
    expect(locationRecognizer.recognize('I live in Leeds so the London office is a trek')).toEqual([
      { start: 10, end: 15, label: 'LOCATION', score: LOCATION_SCORES.personal, recognizer: 'location' },
    ]);
    expect(locationRecognizer.recognize('I live near Zwolle')[0]?.score).toBe(LOCATION_SCORES.personalUnknown);
  });

  it.each([
    ['where someone lives', 'Tom lives in Austin, Texas', 'Austin, Texas'],
    ['where someone comes from', "I'm from Porto originally", 'Porto'],
    ['a move', "we're moving to Lisbon next month, so I'll be remote", 'Lisbon'],
    ['where someone grew up', 'She grew up in Nairobi', 'Nairobi'],
    ['a multi-word place', 'I live in Buenos Aires now', 'Buenos Aires'],
    ['a hometown', 'my hometown is Cork', 'Cork'],
    ['a birthplace after a date', 'geb. 03.02.1975 in Hamburg', 'Hamburg'],
    ['a French birthplace', 'né le 12 juin 1979 à Lyon', 'Lyon'],
    ['a place compromise does not know, after a strong phrase', 'I live near Zwolle, about 30 min out', 'Zwolle'],
  ])('finds %s', (_why, text, expected) => {
    expect(places(text)).toEqual([expected]);
  });

  it.each([
    ['infrastructure', 'deploying to Dublin (eu-west-1), the Frankfurt region had packet loss'],
    ['an office', 'The Dublin office Wi-Fi is down'],
    ['a region that is also a name', 'us-east-1 is degraded, Virginia is having a bad day again'],
    ['a team after "from"', "I'm from Payments, can I get access?"],
    ['a tool after "moved to"', 'we moved to Kubernetes last year'],
    ['lower-case words after a personal phrase', 'I live in the terminal these days'],
  ])('leaves alone %s', (_why, text) => {
    expect(places(text)).toEqual([]);
  });

  it('reads no text without a personal phrase', () => {
    expect(locationRecognizer.mayMatch?.(textFeatures('deploy to Dublin and Paris at 14:00'))).toBe(false);
    expect(locationRecognizer.mayMatch?.(textFeatures('I live in Dublin'))).toBe(true);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(locationRecognizer);
    const text = 'I live in Dublin and grew up in Cork. '.repeat(1_000);
    expect(locationRecognizer.recognize(text)).toHaveLength(2_000);
  });
});
