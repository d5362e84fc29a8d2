import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deVatIdRecognizer } from './deVatIdRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return deVatIdRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('deVatIdRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(deVatIdRecognizer.recognize('Bitte angeben: DE129273398 auf der Rechnung.')).toEqual([
      { start: 15, end: 26, label: 'DE_VAT_ID', score: 0.9, recognizer: deVatIdRecognizer.name },
    ]);
  });

  it.each([
    ['DE136695976', 'DE136695976'],
    ['DE 136 695 976', 'DE 136 695 976'],
    ['de-136-695-976', 'de-136-695-976'],
    ['DE.136.695.976', 'DE.136.695.976'],
    ['USt-IdNr.: DE136695976', 'DE136695976'],
    ['Rechnung USt-IdNr. DE 136 695 976 von Beispiel GmbH', 'DE 136 695 976'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('believes a wrong check digit only with a VAT word', () => {
    expect(found('DE123456789')).toEqual([]);
    expect(found('VAT id: DE123456789')).toEqual(['DE123456789']);
  });

  it.each([
    ['another country', 'AT123456789'],
    ['eight digits', 'DE12345678'],
    ['ten digits', 'DE1234567890'],
    ['a leading zero', 'VAT DE036695976'],
    ['a German IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['the same IBAN compact', 'DE89370400440532013000'],
    ['mixed case', 'De136695976'],
    ['inside a word', 'CODE136695976'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deVatIdRecognizer);
  });
});
