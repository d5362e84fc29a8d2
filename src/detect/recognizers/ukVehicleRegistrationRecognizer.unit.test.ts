import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { ukVehicleRegistrationRecognizer } from './ukVehicleRegistrationRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return ukVehicleRegistrationRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ukVehicleRegistrationRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(ukVehicleRegistrationRecognizer.recognize('My car reg is AB51 ABC and it expires')).toEqual([
      { start: 14, end: 22, label: 'UK_VEHICLE_REGISTRATION', score: 0.85, recognizer: ukVehicleRegistrationRecognizer.name },
    ]);
  });

  it.each([
    ['AB51 ABC', 'AB51 ABC'],
    ['BD62XYZ', 'BD62XYZ'],
    ['LN14-HGT', 'LN14-HGT'],
    ['AB70 DEF', 'AB70 DEF'],
    ['parked behind YY29 ZZZ again', 'YY29 ZZZ'],
  ])('finds the current format in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['lower case', 'aa02 aaa', 'car reg aa02 aaa'],
    ['the prefix format', 'A123 BCD', 'number plate A123 BCD'],
    ['the suffix format', 'ABC 123D', 'DVLA record for ABC 123D'],
    ['a word in place of the random letters', 'GB12 SDK', 'her car is GB12 SDK'],
  ])('believes %s only with a plate word', (_why, alone, withWord) => {
    expect(found(alone)).toEqual([]);
    expect(found(withWord)).toHaveLength(1);
  });

  it.each([
    ['age identifier 00', 'AB00 ABC'],
    ['age identifier 35', 'AB35 ABC'],
    ['age identifier 80', 'AB80 ABC'],
    ['an I in the area letters', 'IB51 ABC'],
    ['a Q in the area letters', 'AQ51 ABC'],
    ['an I in the random letters', 'AB51 AIB'],
    ['a prefix-format I', 'vehicle I123 BCD'],
    ['a suffix-format Z', 'vehicle ABC 123Z'],
    ['letters glued on', 'XXXAB51ABCYYY'],
    ['a hostname label', 'ssh ab51abc.internal'],
    ['a dashed chain', 'pool-AB51-ABC-7'],
    ['mixed case', 'Ab51 Abc'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes a named code for that code', () => {
    expect(found('promo code AB12 CDE expires Friday')).toEqual([]);
    expect(found('the build tag is BD62XYZ')).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ukVehicleRegistrationRecognizer);
  });
});
