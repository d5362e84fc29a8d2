import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * German postcodes (Postleitzahl, 01001-99998), only next to an address word: five digits alone
 * are a year, a port, a price, an order number far more often than a postcode (Presidio scores
 * them 0.05 for that reason). Not right after "host:" (a port), and a technical name right
 * before them ("port 10115", "build 10115") makes them that.
 */
export const dePostcodeRecognizer = createIdRecognizer({
  name: 'de_plz',
  label: 'DE_PLZ',
  context: contextPattern([
    'plz', 'postleitzahl', 'postanschrift', 'anschrift', 'adresse', 'wohnort', 'wohnanschrift', 'lieferadresse',
    'rechnungsadresse', 'straße', 'strasse', 'hausnummer', 'postfach', 'ort', 'wohnhaft', 'german postcode',
    'german postal code',
  ]),
  validate: (compact) => compact >= '01001' && compact <= '99998',
  forms: [
    {
      pattern: idPattern(String.raw`(?<![\p{L}\p{N}_]:)`, DIGITS_START, String.raw`\d{5}`, DIGITS_END),
      scores: ID_SCORES.bare,
      bareDigits: true,
      requiresContext: true,
    },
  ],
});
