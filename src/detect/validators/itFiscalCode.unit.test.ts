import { describe, expect, it } from 'vitest';
import { isValidItFiscalCode } from './itFiscalCode.ts';

describe('isValidItFiscalCode', () => {
  it.each(['RSSMRA85T10A562S', 'MRTMTT91D08F205J', 'AAAAAA00B11C333Y'])('accepts %s', (code) => {
    expect(isValidItFiscalCode(code)).toBe(true);
  });

  it.each([
    ['a wrong check letter', 'AAAAAA00B11C333N'],
    ['a month letter that is not one', 'AAAAAA00Z11C333Y'],
    ['digits among the name letters', 'A55AAA00B11C333N'],
    ['lower case (the recognizer upper-cases)', 'rssmra85t10a562s'],
    ['fifteen characters', 'RSSMRA85T10A562'],
  ])('rejects %s', (_why, code) => {
    expect(isValidItFiscalCode(code)).toBe(false);
  });
});
