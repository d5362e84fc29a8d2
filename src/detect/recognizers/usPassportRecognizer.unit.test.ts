import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { usPassportRecognizer } from './usPassportRecognizer.ts';

function found(text: string): string[] {
  return usPassportRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('usPassportRecognizer', () => {
  it('reports a number next to "passport", with exact offsets', () => {
    expect(usPassportRecognizer.recognize('my travel passport is A12803456')).toEqual([
      { start: 22, end: 31, label: 'US_PASSPORT', score: 0.6, recognizer: 'us_passport' },
    ]);
    expect(found('passport no 912803456')).toEqual(['912803456']);
  });

  it.each([
    ['no passport word', 'A12803456'],
    ['nine digits without the word', '912803456'],
    ['a placeholder', 'passport 000000000'],
    ['ten digits', 'passport 9128034561'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(usPassportRecognizer);
  });
});
