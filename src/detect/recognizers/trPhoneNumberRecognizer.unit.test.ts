import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { createDetector } from '../detector.ts';
import { RAISING_CONTEXT_WORDS } from '../scoring/contextWords.ts';
import { trPhoneNumberRecognizer } from './trPhoneNumberRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return trPhoneNumberRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('trPhoneNumberRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(trPhoneNumberRecognizer.recognize('Telefon numaram +905321234567 olarak kayitli.')).toEqual([
      { start: 16, end: 29, label: 'TR_PHONE_NUMBER', score: 0.95, recognizer: trPhoneNumberRecognizer.name },
    ]);
  });

  it.each([
    ['+90 532 123 45 67', '+90 532 123 45 67'],
    ['+90-532-123-45-67', '+90-532-123-45-67'],
    ['+90 (532) 123 45 67', '+90 (532) 123 45 67'],
    ['05321234567', '05321234567'],
    ['0 532 123 45 67', '0 532 123 45 67'],
    ['0 (532) 1234567', '0 (532) 1234567'],
    ['Birinci: +905321234567, Ikinci: 05359876543', '+905321234567'],
    ['an Istanbul office: +90 212 123 45 67', '+90 212 123 45 67'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)[0]).toEqual(expected);
  });

  it('believes a national landline only with a phone word', () => {
    expect(found('0212 123 45 67')).toEqual([]);
    expect(trPhoneNumberRecognizer.recognize('0212 123 45 67')[0]?.score).toBeLessThan(0.5);
    expect(found('ofis telefonu: 0212 123 45 67')).toEqual(['0212 123 45 67']);
  });

  it.each([
    ['no trunk prefix', '5321234567'],
    ['nine digits', '532123456'],
    ['a national id', '10000000146'],
    ['inside a longer number', '15053212345678'],
    ['an unassigned area code', '04441234567'],
    ['a licence plate', '34 ABC 1234'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes a tracking number for what the writer calls it', () => {
    expect(found('tracking 05321234567')).toEqual([]);
  });

  it('wins over the generic PHONE reading of the same digits, with or without a phone word', () => {
    const detector = createDetector();
    const words = [...(RAISING_CONTEXT_WORDS.PHONE ?? []), 'phones', 'calls', 'reach', 'contact', 'number', 'num', 'text'];
    for (const text of ['+90 532 123 45 67', ...words.map((word) => `${word}: +90 532 123 45 67`)]) {
      expect(detector.detect(text).map((f) => f.label), text).toEqual(['TR_PHONE_NUMBER']);
    }
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(trPhoneNumberRecognizer);
  });
});
