import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { itVatCodeRecognizer } from './itVatCodeRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return itVatCodeRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('itVatCodeRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(itVatCodeRecognizer.recognize('P.IVA IT01333550323')).toEqual([
      { start: 6, end: 19, label: 'IT_VAT_CODE', score: 1, recognizer: itVatCodeRecognizer.name },
    ]);
  });

  it.each([
    ['01333550323', '01333550323'],
    ['00000000000 and 01333550323', '01333550323'],
    ['IT 12345670017', 'IT 12345670017'],
    ['partita iva 00743110157', '00743110157'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['all zeros', '00000000000'],
    ['a zero company number', '00000000018'],
    ['a wrong check digit', '01333550324'],
    ['an office that does not exist', '12345671011'],
    ['twelve digits', '013335503230'],
    ['an underscore inside', '01333550_323'],
    ['a decimal', '3.01333550323'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes an order number for what the writer calls it', () => {
    expect(found('order 01333550323 shipped')).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(itVatCodeRecognizer);
  });
});
