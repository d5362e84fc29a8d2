import { describe, expect, it } from 'vitest';
import { isValidUkVehicleRegistration } from './ukVehicleRegistration.ts';

describe('isValidUkVehicleRegistration', () => {
  it.each(['AB51ABC', 'BD62XYZ', 'LN14HGT', 'AA02AAA', 'AB70DEF', 'YY29ZZZ'])('accepts %s', (reg) => {
    expect(isValidUkVehicleRegistration(reg)).toBe(true);
  });

  it.each([
    ['age identifier 00', 'AB00ABC'],
    ['age identifier 01', 'AB01ABC'],
    ['age identifier 35', 'AB35ABC'],
    ['age identifier 49', 'AB49ABC'],
    ['age identifier 80', 'AB80ABC'],
    ['an I in the area code', 'IB51ABC'],
    ['a Q in the area code', 'AQ51ABC'],
    ['an I in the random letters', 'AB51AIB'],
    ['lower case', 'ab51abc'],
    ['a separator', 'AB51 ABC'],
    ['the prefix format', 'A123BCD'],
  ])('rejects %s (%s)', (_why, reg) => {
    expect(isValidUkVehicleRegistration(reg)).toBe(false);
  });
});
