import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { textFeatures } from '../textFeatures.ts';
import { DATE_OF_BIRTH_SCORES, dateOfBirthRecognizer } from './dateOfBirthRecognizer.ts';

function dates(text: string): string[] {
  return dateOfBirthRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('dateOfBirthRecognizer', () => {
  it('reports exact offsets, scored by how explicit the birth word is', () => {
    expect(dateOfBirthRecognizer.recognize('DOB: 1985-03-04')).toEqual([
      { start: 5, end: 15, label: 'DATE_OF_BIRTH', score: DATE_OF_BIRTH_SCORES.labelled, recognizer: 'date_of_birth' },
    ]);
    expect(dateOfBirthRecognizer.recognize('born on March 4, 1985')[0]?.score).toBe(DATE_OF_BIRTH_SCORES.mentioned);
    expect(dateOfBirthRecognizer.recognize('his birthday is June 12')[0]?.score).toBe(DATE_OF_BIRTH_SCORES.partial);
  });

  it.each([
    ['ISO', 'DOB: 1985-03-04', '1985-03-04'],
    ['day/month/year', 'date of birth 04/03/1985, please update the HR record', '04/03/1985'],
    ['month/day/two-digit year', 'Patient: Maria Rossi, D.O.B. 7/11/62', '7/11/62'],
    ['dotted German', 'Geburtsdatum: 04.03.1985', '04.03.1985'],
    ['year first with slashes', 'the HR export has her birthdate as 1999/12/01', '1999/12/01'],
    ['English month first', 'born on March 4, 1985', 'March 4, 1985'],
    ['English day first', 'DOB 19 Feb 2001 / MRN 448812', '19 Feb 2001'],
    ['an ordinal', 'born on the 4th of July 1976', '4th of July 1976'],
    ['dashed with a month name', 'Birth date - 30-Nov-1972', '30-Nov-1972'],
    ['German month', 'geb. 17. März 1992 in Graz', '17. März 1992'],
    ['French', 'né le 12 juin 1979 à Lyon', '12 juin 1979'],
    ['Spanish', 'fecha de nacimiento: 23 de agosto de 1990', '23 de agosto de 1990'],
    ['a field name after the date', 'Rebecca Thompson, 14/02/1991 (DOB)', '14/02/1991'],
    ['a birthday without a year', 'his birthday is June 12, let us get a cake', 'June 12'],
    ['a birth year', 'she was born in 1985 in Leeds', '1985'],
  ])('finds %s', (_why, text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    ['a deploy date', 'release date 2024-06-11, rollback plan in the runbook'],
    ['a log date', 'logs from 03/04/2024 show the same error'],
    ['a meeting', "Monday's standup is moved to Tuesday, April 9"],
    ['a birth word without a date', 'the DOB field in the signup form should be optional'],
    ['a format, not a date', 'the form asks for DOB in MM/DD/YYYY format'],
    ['a sentinel date', 'DOB validation fails for dates before 1900-01-01'],
    ['the epoch', 'DOB defaults to 1970-01-01 when the field is empty'],
    ['"birthday" far from the date', 'birthday of the service: it launched on 2019-03-14'],
    ['a birthday attack', 'the birthday attack on 64-bit ids needs about 2^32 tries'],
    ['a date that does not exist', 'DOB: 31/02/1985'],
    ['a birth date in the future', 'DOB: 2099-01-01'],
    ['a version number', 'born in v1.2.3 of the client, DOB 1.2.3'],
  ])('leaves alone %s', (_why, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('gives a birth word to the nearest date only', () => {
    expect(dates('born 1972-11-30, joined the company on 2015-03-01')).toEqual(['1972-11-30']);
    expect(dates('release date 2024-06-11, my DOB is 1985-03-04')).toEqual(['1985-03-04']);
  });

  it('does not look for dates in a text without a birth word', () => {
    const text = 'deployed 2024-06-11, 11/06/2024, June 11 2024 and 11 June 2024';
    expect(dateOfBirthRecognizer.mayMatch?.(textFeatures(text))).toBe(false);
    expect(dateOfBirthRecognizer.recognize(text)).toEqual([]);
    expect(dateOfBirthRecognizer.mayMatch?.(textFeatures('DOB 11/06/1984'))).toBe(true);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(dateOfBirthRecognizer);
    const text = `DOB ${'12/12/1212 '.repeat(4_000)}`;
    expect(dateOfBirthRecognizer.recognize(text)).toEqual([]);
  });
});
