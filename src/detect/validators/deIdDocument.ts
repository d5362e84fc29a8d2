import { icaoCheckDigit } from './icaoCheckDigit.ts';

/**
 * Whether 9 upper-case characters are the serial number of a German passport or identity card
 * (since 2007 and 2010): a letter, then seven characters from the ICAO set (digits and consonants
 * C F G H J K L M N P R T V W X Y Z; no vowels, B, D, Q, S), then the ICAO check digit.
 */
export function isValidDeIdDocumentNumber(serial: string): boolean {
  if (!/^[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{7}\d$/.test(serial)) return false;
  return icaoCheckDigit(serial.slice(0, 8)) === Number(serial[8]);
}
