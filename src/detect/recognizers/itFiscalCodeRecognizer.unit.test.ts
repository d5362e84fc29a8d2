import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { itFiscalCodeRecognizer } from './itFiscalCodeRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return itFiscalCodeRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('itFiscalCodeRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(itFiscalCodeRecognizer.recognize("RSSMRA85T10A562S")).toEqual([
      { start: 0, end: 16, label: 'IT_FISCAL_CODE', score: 0.85, recognizer: itFiscalCodeRecognizer.name },
    ]);
  });

  it.each([
    ["AAAAAA00B11C333Y", "AAAAAA00B11C333Y"],
    ["codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"],
    ["rssmra85t10a562s", "rssmra85t10a562s"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check letter without context", "AAAAAA00B11C333N"],
    ["spaces inside", "AAAAAA - 00B11C333N"],
    ["digits among the letters", "A55AAA00B11C333N"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for a code with a wrong check letter', () => {
    expect(found("AAAAAA00B11C333N")).toEqual([]);
    expect(itFiscalCodeRecognizer.recognize("AAAAAA00B11C333N")[0]?.score).toBeLessThan(0.5);
    expect(found("codice fiscale AAAAAA00B11C333N")).toEqual(["AAAAAA00B11C333N"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(itFiscalCodeRecognizer);
  });
});
