import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { dePostcodeRecognizer } from './dePostcodeRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return dePostcodeRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('dePostcodeRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(dePostcodeRecognizer.recognize('PLZ 80331')).toEqual([
      { start: 4, end: 9, label: 'DE_PLZ', score: 0.85, recognizer: dePostcodeRecognizer.name },
    ]);
  });

  it.each([
    ['PLZ: 10115', '10115'],
    ['Postleitzahl 80331 München', '80331'],
    ['Lieferadresse: Musterstraße 5, 01001 Dresden', '01001'],
    ['Postfach 1234, 99998 Weinbergen', '99998'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('needs an address word: five digits alone are anything', () => {
    expect(found('10115', 0)).toEqual([]);
    expect(found('we processed 10115 events')).toEqual([]);
  });

  it.each([
    ['00000', 'PLZ 00000'],
    ['under 01001', 'PLZ 01000'],
    ['99999', 'PLZ 99999'],
    ['six digits', 'PLZ 101150'],
    ['four digits', 'PLZ 1011'],
    ['a port after a host', 'Adresse: localhost:10115'],
    ['a named port', 'Adresse: port 10115'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(dePostcodeRecognizer);
  });
});
