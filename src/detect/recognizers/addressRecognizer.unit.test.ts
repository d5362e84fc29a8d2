import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { textFeatures } from '../textFeatures.ts';
import { ADDRESS_SCORES, addressRecognizer } from './addressRecognizer.ts';

function addresses(text: string, minScore = 0.5): string[] {
  return addressRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('addressRecognizer', () => {
  it('reports exact offsets, higher with a word saying whose address it is', () => {
    expect(addressRecognizer.recognize('the office is now at 500 Market St, San Francisco, CA 94105')).toEqual([
      { start: 21, end: 59, label: 'ADDRESS', score: ADDRESS_SCORES.street, recognizer: 'address' },
    ]);
    expect(addressRecognizer.recognize('I live at 221B Baker Street')[0]?.score).toBe(ADDRESS_SCORES.withContext);
  });

  it.each([
    ['a UK address with a postcode', 'I live at 221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE'],
    ['a US address with state and ZIP', 'ship it to 1600 Amphitheatre Pkwy, Mountain View, CA 94043', '1600 Amphitheatre Pkwy, Mountain View, CA 94043'],
    ['a flat number', 'Billing address: 1234 Oak Street, Apt 5B, Portland, OR 97205', '1234 Oak Street, Apt 5B, Portland, OR 97205'],
    ['a flat before the number', "Delivery address: Flat 3, 25 Queen's Road, Brighton BN1 3XA", "Flat 3, 25 Queen's Road, Brighton BN1 3XA"],
    ['a numbered street', 'he lives at 915 W 5th St, Austin, TX 78703', '915 W 5th St, Austin, TX 78703'],
    ['a German compound street', 'my address is Hauptstraße 12, 10115 Berlin', 'Hauptstraße 12, 10115 Berlin'],
    ['a German abbreviation', 'Lieferadresse: Schillerstr. 8, 80336 München', 'Schillerstr. 8, 80336 München'],
    ['a Dutch street', 'we moved to Keizersgracht 123, Amsterdam', 'Keizersgracht 123, Amsterdam'],
    ['a French street', 'I moved to 12 rue de Rivoli, 75004 Paris last month', '12 rue de Rivoli, 75004 Paris'],
    ['a Spanish street', 'home address: Calle Mayor 5, 28013 Madrid', 'Calle Mayor 5, 28013 Madrid'],
    ['an Italian street', "my parents' place is Via Roma 14, Milano", 'Via Roma 14, Milano'],
    ['a PO box', 'mail it to P.O. Box 1142, Austin, TX 78767 please', 'P.O. Box 1142, Austin, TX 78767'],
    ['a generic street type with a city', 'new address: 42 Wallaby Way, Sydney', '42 Wallaby Way, Sydney'],
    ['lower case with context', 'i live at 12 baker street now', '12 baker street'],
  ])('finds %s', (_why, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    ['a street without a number', 'Baker Street station is closed so I am late'],
    ['a tool before a generic street type', 'replace the 3 Google Drive links in the doc'],
    ['lower case without context', 'we need 2 main road closures for the marathon'],
    ['numbers and capitals', 'the 5 Whys doc is on the wiki, Street View API quota exceeded'],
    ['a version and a path', 'v2 Release Notes in docs/releases/2.0.md'],
  ])('leaves alone %s', (_why, text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('scores a generic street type without a city or context under the threshold', () => {
    expect(addresses('meet at 10 Downing Place', 0)).toEqual(['10 Downing Place']);
    expect(addressRecognizer.recognize('meet at 10 Downing Place')[0]?.score).toBe(ADDRESS_SCORES.generic);
  });

  it('skips text without a number or a street word', () => {
    expect(addressRecognizer.mayMatch?.(textFeatures('Baker Street is closed'))).toBe(false);
    expect(addressRecognizer.mayMatch?.(textFeatures('build 4512 is green'))).toBe(false);
    expect(addressRecognizer.mayMatch?.(textFeatures('I live at 221B Baker Street'))).toBe(true);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(addressRecognizer);
    const text = '12 Baker '.repeat(5_000);
    expect(addressRecognizer.recognize(text)).toEqual([]);
  });
});
