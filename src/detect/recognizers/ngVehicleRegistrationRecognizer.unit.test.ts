import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { ngVehicleRegistrationRecognizer } from './ngVehicleRegistrationRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return ngVehicleRegistrationRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ngVehicleRegistrationRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(ngVehicleRegistrationRecognizer.recognize('The plate number is ABJ-123XY for this vehicle')).toEqual([
      { start: 20, end: 29, label: 'NG_VEHICLE_REGISTRATION', score: 0.85, recognizer: ngVehicleRegistrationRecognizer.name },
    ]);
  });

  it.each([
    ['APP-456CV', ['APP-456CV']],
    ['KJA 999PZ', ['KJA 999PZ']],
    ['Plates: APP-456CV and KJA-999PZ', ['APP-456CV', 'KJA-999PZ']],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['run together', 'APP456CV', 'plate APP456CV'],
    ['lower case', 'app-456cv', 'my car is app-456cv'],
  ])('believes it %s only with a plate word', (_why, alone, withWord) => {
    expect(found(alone)).toEqual([]);
    expect(found(withWord)).toHaveLength(1);
  });

  it.each([
    ['two letters first', 'AB-1234CD'],
    ['digits first', '123-456AB'],
    ['two digits', 'AB-12CD'],
    ['four letters first', 'ABCD-123EF'],
    ['a memory size', 'RAM 512MB'],
    ['a disk size', 'SSD-256GB'],
    ['an ordinal', 'ACE 101ST'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes a named SKU for that SKU', () => {
    expect(found('restock sku TSH-001BL before the sale')).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ngVehicleRegistrationRecognizer);
  });
});
