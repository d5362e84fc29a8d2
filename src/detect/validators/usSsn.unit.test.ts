import { describe, expect, it } from 'vitest';
import { isValidUsSsn } from './usSsn.ts';

describe('isValidUsSsn', () => {
  it.each(['078051123', '536228456', '001010001', '899999998', '665123456', '667123456'])('accepts %s', (ssn) => {
    expect(isValidUsSsn(ssn)).toBe(true);
  });

  it.each([
    ['area 000', '000123456'],
    ['area 666', '666123456'],
    ['area 900', '900123456'],
    ['area 999', '999123456'],
    ['group 00', '078001123'],
    ['serial 0000', '078050000'],
    ['one digit repeated', '111111111'],
    ['the Woolworth wallet card', '078051120'],
    ['the 1940s advertising sample', '219099999'],
    ['the textbook example', '123456789'],
    ['a published advertising number', '457555462'],
  ])('rejects %s', (_why, ssn) => {
    expect(isValidUsSsn(ssn)).toBe(false);
  });

  it.each(['078-05-1123', '07805112', '0780511230', ''])('wants exactly nine digits, not %j', (input) => {
    expect(isValidUsSsn(input)).toBe(false);
  });
});
