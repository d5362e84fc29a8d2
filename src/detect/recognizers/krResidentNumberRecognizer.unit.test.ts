import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { readKrResidentNumber } from '../validators/krResidentNumber.ts';
import { krResidentNumberRecognizer } from './krResidentNumberRecognizer.ts';

function found(text: string, minScore = 0.5): [string, string][] {
  return krResidentNumberRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => [f.label, text.slice(f.start, f.end)]);
}

describe('krResidentNumberRecognizer', () => {
  it('reports exact offsets and scores a valid check digit higher', () => {
    expect(krResidentNumberRecognizer.recognize('His RRN is 960121-1021413')).toEqual([
      { start: 11, end: 25, label: 'KR_RRN', score: 1, recognizer: 'kr_resident_number' },
    ]);
    const [unchecked] = krResidentNumberRecognizer.recognize('960121-1234567');
    expect(unchecked?.score).toBeGreaterThanOrEqual(0.5);
    expect(unchecked?.score).toBeLessThan(0.85);
  });

  it.each([
    ['960121-1234567', 'KR_RRN'],
    ['000505-3637892', 'KR_RRN'],
    ['9601211021413', 'KR_RRN'],
    ['911124-5678901', 'KR_FRN'],
    ['9111245678906', 'KR_FRN'],
    ['050912-6000012', 'KR_FRN'],
  ])('finds %s as %s', (text, label) => {
    expect(found(text)).toEqual([[label, text]]);
  });

  it.each([
    ['month 13', '001332-1234567'],
    ['a plus sign', '960121+1021413'],
    ['eight digits after the dash', '960111-10214131'],
    ['holder digit 0', '960303-0021413'],
    ['holder digit 9', '051102-9234110'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('needs the check digit or a word naming it for thirteen bare digits', () => {
    expect(found('9601211234567')).toEqual([]);
    expect(found('주민등록번호 9601211234567')).toEqual([['KR_RRN', '9601211234567']]);
  });

  it('reads a bare number in the millisecond-timestamp range as a timestamp', () => {
    // 2017-01-23, holder 4, valid check digit: also 1701234567890 ms after the epoch.
    const millis = '1701234' + '56789';
    const candidates = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => millis + d);
    const valid = candidates.find((c) => readKrResidentNumber(c)?.checksumValid);
    expect(valid).toBeDefined();
    expect(found(`at ${valid}`)).toEqual([]);
    expect(found(`at ${valid?.slice(0, 6)}-${valid?.slice(6)}`)).toHaveLength(1);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(krResidentNumberRecognizer);
  });
});
