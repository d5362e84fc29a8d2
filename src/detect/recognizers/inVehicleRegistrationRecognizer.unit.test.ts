import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { inVehicleRegistrationRecognizer } from './inVehicleRegistrationRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return inVehicleRegistrationRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('inVehicleRegistrationRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(inVehicleRegistrationRecognizer.recognize("My Bike's registration number is OD02BA2341 with a lot of text beyond")).toEqual([
      { start: 33, end: 43, label: 'IN_VEHICLE_REGISTRATION', score: 0.85, recognizer: inVehicleRegistrationRecognizer.name },
    ]);
  });

  it.each([
    ['KA53ME3456', 'KA53ME3456'],
    ['DL3CJI0001', 'DL3CJI0001'],
    ['GJ09AB1234', 'GJ09AB1234'],
    ['parked MH 12 AB 1234 outside', 'MH 12 AB 1234'],
    ['TN-09-BX-4455', 'TN-09-BX-4455'],
    ['Bharat series 22 BH 1234 AA', '22 BH 1234 AA'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reports a real state with a district it does not have at the threshold', () => {
    expect(inVehicleRegistrationRecognizer.recognize('KA99ME3456')[0]?.score).toBe(0.5);
  });

  it.each([
    ['letters that are no state', 'AB12CD3456'],
    ['number 0000', 'KA53ME0000'],
    ['lower case', 'ka53me3456'],
    ['no district digits', 'ABNE123456'],
    ['Bharat series number 0000', '22BH0000AA'],
    ['glued to a word', 'xKA53ME3456'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes a named image tag for that tag', () => {
    expect(found('the image tag is KA53ME3456')).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(inVehicleRegistrationRecognizer);
  });
});
