import { describe, expect, it } from 'vitest';
import { checkInVehicleRegistration } from './inVehicleRegistration.ts';

describe('checkInVehicleRegistration', () => {
  it.each(['KA53ME3456', 'DL3CJI0001', 'DL01CA1234', 'GJ09AB1234', 'GJ9AB1234', 'OD02BA2341', 'MH12A1234', 'UP11AB0001'])(
    'accepts %s',
    (reg) => {
      expect(checkInVehicleRegistration(reg)).toBe('valid');
    },
  );

  it.each([
    ['a Karnataka district past 71', 'KA99ME3456'],
    ['an Uttar Pradesh district under 11', 'UP01AB1234'],
    ['a state whose districts are not listed', 'CT04AB1234'],
  ])('knows the state but not the district of %s (%s)', (_why, reg) => {
    expect(checkInVehicleRegistration(reg)).toBe('unknownDistrict');
  });

  it.each([
    ['no such state', 'AB12CD3456'],
    ['number 0000', 'KA53ME0000'],
    ['no series letters', 'KA531234'],
    ['four series letters', 'KA53ABCD1234'],
    ['three district digits', 'KA123AB1234'],
    ['lower case', 'ka53me3456'],
    ['separators', 'KA 53 ME 3456'],
  ])('rejects %s (%s)', (_why, reg) => {
    expect(checkInVehicleRegistration(reg)).toBe('invalid');
  });
});
