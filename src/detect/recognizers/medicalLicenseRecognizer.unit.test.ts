import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { medicalLicenseRecognizer } from './medicalLicenseRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return medicalLicenseRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('medicalLicenseRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(medicalLicenseRecognizer.recognize("DEA GL0285191")).toEqual([
      { start: 4, end: 13, label: 'MEDICAL_LICENSE', score: 0.9, recognizer: medicalLicenseRecognizer.name },
    ]);
  });

  it.each([
    ["my certificate number is: BB1388568", "BB1388568"],
    ["K92993548", "K92993548"],
    ["dea gl0285191", "gl0285191"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "The DEA number is  BG8207031"],
    ["mixed case", "Gl0285191"],
    ["glued to a word", "xGL0285191"],
    ["eight digits", "GL02851910"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(medicalLicenseRecognizer);
  });
});
