import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deIdDocumentRecognizer } from './deIdDocumentRecognizer.ts';

function found(text: string, minScore = 0.5): [string, string][] {
  return deIdDocumentRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => [f.label, text.slice(f.start, f.end)]);
}

describe('deIdDocumentRecognizer', () => {
  it('reports exact offsets, and the words nearby decide the label', () => {
    expect(deIdDocumentRecognizer.recognize('Personalausweis: L01X00T44.')).toEqual([
      { start: 17, end: 26, label: 'DE_ID_CARD', score: 0.9, recognizer: 'de_id_document' },
    ]);
    expect(found('Reisepass C01234565 ausgestellt am 01.01.2020.')).toEqual([['DE_PASSPORT', 'C01234565']]);
    expect(found('Ausweisnummer C01234565')).toEqual([['DE_ID_CARD', 'C01234565']]);
  });

  it.each([
    ['L01X00T44', 'DE_ID_CARD'],
    ['l01x00t44', 'DE_ID_CARD'],
    ['C01234565', 'DE_PASSPORT'],
    ['F12345671', 'DE_PASSPORT'],
    ['CZ6311T03', 'DE_PASSPORT'],
  ])('without words, reads the series letter of %s', (serial, label) => {
    expect(found(serial)).toEqual([[label, serial]]);
  });

  it.each([
    ['a wrong check digit', 'L01X00T47'],
    ['another wrong check digit', 'C01234567'],
    ['eight characters', 'C0123456'],
    ['ten characters', 'C012345678'],
    ['a first character outside the series', '901234567'],
    ['mixed case', 'L01x00T44'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('believes the old "T" and eight digits layout only with an identity-card word', () => {
    expect(found('T22000129')).toEqual([]);
    expect(found('Ausweis Nr. T22000129 gültig bis 2025.')).toEqual([['DE_ID_CARD', 'T22000129']]);
    expect(found('Ausweis T00000000', 0)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deIdDocumentRecognizer);
  });
});
