import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { createDetector } from '../detector.ts';
import { RAISING_CONTEXT_WORDS } from '../scoring/contextWords.ts';
import { phMobileNumberRecognizer } from './phMobileNumberRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return phMobileNumberRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('phMobileNumberRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(phMobileNumberRecognizer.recognize('My mobile number is +639171234567.')).toEqual([
      { start: 20, end: 33, label: 'PH_MOBILE_NUMBER', score: 0.95, recognizer: phMobileNumberRecognizer.name },
    ]);
  });

  it.each([
    ['+63 917 123 4567', '+63 917 123 4567'],
    ['+63-917-123-4567', '+63-917-123-4567'],
    ['+63 (917) 123 4567', '+63 (917) 123 4567'],
    ['09171234567', '09171234567'],
    ['text me at 0917 123 4567 after 6', '0917 123 4567'],
    ['Telepono: 0 (917) 123 4567', '0 (917) 123 4567'],
    ['Globe: 0817-123-4567', '0817-123-4567'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['no trunk prefix', '9171234567'],
    ['no trunk prefix, spaced', 'Numero: 917 123 4567'],
    ['ten digits', '0917123456'],
    ['twelve digits', '091712345678'],
    ['inside a longer number', '15091712345678'],
    ['a prefix that is no mobile range', '09012345678'],
    ['another country code', '+64 917 123 4567'],
    ['a US number', '(415) 555-0132'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes an order number for what the writer calls it', () => {
    expect(found('order 09171234567 shipped')).toEqual([]);
  });

  it('wins over the generic PHONE reading of the same digits, with or without a phone word', () => {
    const detector = createDetector();
    const words = [...(RAISING_CONTEXT_WORDS.PHONE ?? []), 'phones', 'calls', 'reach', 'contact', 'number', 'num', 'text'];
    for (const text of ['+63 917 123 4567', ...words.map((word) => `${word}: +63 917 123 4567`)]) {
      expect(detector.detect(text).map((f) => f.label), text).toEqual(['PH_MOBILE_NUMBER']);
    }
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(phMobileNumberRecognizer);
  });
});
