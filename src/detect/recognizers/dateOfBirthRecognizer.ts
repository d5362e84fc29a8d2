import type { Finding } from '../finding.ts';
import type { TextFeatures } from '../textFeatures.ts';
import { isCalendarDate } from '../validators/calendarDate.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

/**
 * Scores for DATE_OF_BIRTH. A date is only ever reported next to a word that makes it a birth
 * date; how explicit that word is sets the score.
 */
export const DATE_OF_BIRTH_SCORES = Object.freeze({
  /** A field name: "DOB", "date of birth", "geb.", "Geburtsdatum", "né le", "fecha de nacimiento". */
  labelled: 0.9,
  /** A word around it: "born on", "birthday", "geboren". */
  mentioned: 0.8,
  /** Day and month without a year ("his birthday is June 12"), or a year alone ("born in 1985"). */
  partial: 0.6,
});

const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** Field names: the writer says this is a birth date. */
const LABELLED = String.raw`d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|geb\.|geburtsdatum|n[ée]e?\s+le|n[ée]\(e\)\s+le|date\s+de\s+naissance|fecha\s+de\s+nacimiento|data\s+di\s+nascita|data\s+de\s+nascimento|geboortedatum|f[öo]delsedatum|data\s+urodzenia`;
/** Words around a birth date. */
const MENTIONED = String.raw`born|birthday|b-day|bday|geboren|geburtstag|nacid[oa]|nat[oa]\s+il|nascid[oa]|urodzon[ya]`;

const LABELLED_CONTEXT = new RegExp(`${BOUNDARY_BEFORE}(?:${LABELLED})(?![\\p{L}\\p{N}_])`, 'iu');
const MENTIONED_CONTEXT = new RegExp(`${BOUNDARY_BEFORE}(?:${MENTIONED})(?![\\p{L}\\p{N}_])`, 'iu');
/**
 * For the gate: any birth word, in the lower-cased text, loosely (no word boundaries, no `u` flag:
 * a case-insensitive Unicode scan of a whole message costs twenty times as much). It may say yes
 * too often, never no too often; the dates are then judged with the exact words.
 */
const ANY_CONTEXT = /d\.?\s?o\.?\s?b|birth|born|b-?day|geb|\bn[ée](?:e|\(e\))?\s+le\b|naissance|nacimiento|nacid|nascid|nascita|nat[oa]\s+il|geboorte|f[öo]del|f[öo]dd|urodz/;

/**
 * Where the words count, never past another date. A field name may stand a little way off
 * ("Applicant: Rebecca Thompson, DOB 14/02/1991") or right after in brackets ("14/02/1991 (DOB)");
 * "born" and "birthday" only close by ("born on March 4", "her birthday is on the 3rd"), since
 * "birthday of the service: it launched on 2019-03-14" is not one.
 */
const LABELLED_REACH = 40;
const MENTIONED_REACH = 25;
const LABEL_AFTER_REACH = 12;
const LABEL_AFTER = new RegExp(`^\\s{0,2}[(,-]?\\s{0,2}(?:${LABELLED})(?![\\p{L}\\p{N}_])`, 'iu');

/** Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'jänner'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dicembre', 'dezembro'],
];
const MONTH_OF = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/** Longest first, so "March" is not read as "Mar" and a dangling "ch". */
const MONTH = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** 04/03/1985, 4.3.85, 1985-03-04, 1999/12/01: one separator throughout. */
const NUMERIC = /(?<![\p{L}\p{N}_./-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\p{L}\p{N}_]|[./-]\d)/gu;
/** 3 March 1988, 19 Feb 2001, 30-Nov-1972, 17. März 1992, the 3rd of October, 23 de agosto de 1990. */
const DAY_MONTH = new RegExp(
  String.raw`${BOUNDARY_BEFORE}(\d{1,2})(?:st|nd|rd|th|er|º)?\.?(?:\s{1,3}of|\s{1,3}de)?(?:\s{1,3}|-)(${MONTH})\.?(?:(?:,?\s{1,3}|-)(?:de\s{1,3})?(\d{4}|\d{2}))?${BOUNDARY_AFTER}`,
  'giu',
);
/** March 4, 1985; Feb 19th 2001; June 12. */
const MONTH_DAY = new RegExp(
  String.raw`${BOUNDARY_BEFORE}(${MONTH})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?:,?\s{1,3}(\d{4}))?${BOUNDARY_AFTER}`,
  'giu',
);
/** born in 1985. */
const BIRTH_YEAR = /(?<![\p{L}\p{N}_])born\s{1,3}in\s{1,3}((?:19|20)\d{2})(?![\p{L}\p{N}_])/giu;

/** Dates that mean "unset", not anyone's birthday: the Unix epoch, the SQL and Excel floors. */
const SENTINEL_DATES = new Set(['1900-01-01', '1970-01-01', '1899-12-31', '1899-12-30']);

const THIS_YEAR = new Date().getFullYear();

/**
 * Dates of birth (DATE_OF_BIRTH): a date next to a word that makes it one ("DOB", "date of
 * birth", "born on", "birthday", "geb.", "né le", "fecha de nacimiento"), written in any of the
 * usual ways: 04/03/1985, 4.3.85, 1985-03-04, March 4, 1985, 4th of March 1985, 30-Nov-1972,
 * 17. März 1992, 12 juin 1979. A day and month without a year counts after "birthday" ("his
 * birthday is June 12"), a year alone after "born in".
 *
 * A date without such a word is never reported: deploy dates, release dates, log timestamps and
 * meeting invitations are not personal data, and the text is not even searched for dates unless a
 * birth word is in it. A date must exist, and a full one must fall between 1900 and this year;
 * the epoch and the database floors (1970-01-01, 1900-01-01) mean "unset".
 */
export const dateOfBirthRecognizer: PatternRecognizer = {
  name: 'date_of_birth',
  labels: ['DATE_OF_BIRTH'],
  patterns: [LABELLED_CONTEXT, MENTIONED_CONTEXT, ANY_CONTEXT, LABEL_AFTER, NUMERIC, DAY_MONTH, MONTH_DAY, BIRTH_YEAR],
  // Every date has a digit, and nothing is reported without a birth word.
  mayMatch: (f: TextFeatures) => f.digits > 0 && ANY_CONTEXT.test(f.lowerCase),
  recognize(text: string): Finding[] {
    if (!ANY_CONTEXT.test(text.toLowerCase())) return [];
    const dates = findDates(text);
    const findings: Finding[] = [];
    for (const [k, date] of dates.entries()) {
      if (!date.valid) continue;
      // A birth word belongs to the nearest date: "born 1972-11-30, joined 2015-03-01" has one birth date.
      const previousEnd = dates[k - 1]?.end ?? 0;
      const nextStart = dates[k + 1]?.start ?? text.length;
      const before = text.slice(Math.max(previousEnd, date.start - LABELLED_REACH), date.start);
      const after = text.slice(date.end, Math.min(nextStart, date.end + LABEL_AFTER_REACH));
      const labelled = LABELLED_CONTEXT.test(before) || LABEL_AFTER.test(after);
      if (!labelled && !MENTIONED_CONTEXT.test(before.slice(-MENTIONED_REACH))) continue;
      const score = !date.complete ? DATE_OF_BIRTH_SCORES.partial : labelled ? DATE_OF_BIRTH_SCORES.labelled : DATE_OF_BIRTH_SCORES.mentioned;
      findings.push({ start: date.start, end: date.end, label: 'DATE_OF_BIRTH', score, recognizer: 'date_of_birth' });
    }
    return findings;
  },
};

interface DateMatch {
  start: number;
  end: number;
  /** A day that exists, in a plausible birth year (a full date) or any year (day and month). */
  valid: boolean;
  /** Day, month and year; a day and month, or a year, alone are `false`. */
  complete: boolean;
}

/** Every date-shaped match, valid or not, in order, without overlaps (the first form found wins). */
function findDates(text: string): DateMatch[] {
  const dates: DateMatch[] = [];
  const add = (start: number, end: number, valid: boolean, complete: boolean): void => {
    if (!dates.some((d) => start < d.end && d.start < end)) dates.push({ start, end, valid, complete });
  };
  for (const m of text.matchAll(NUMERIC)) add(m.index, m.index + m[0].length, isNumericBirthDate(m[1] ?? '', m[3] ?? '', m[4] ?? ''), true);
  for (const m of text.matchAll(DAY_MONTH)) add(m.index, m.index + m[0].length, isTextualBirthDate(Number(m[1]), monthOf(m[2]), m[3]), m[3] !== undefined);
  for (const m of text.matchAll(MONTH_DAY)) add(m.index, m.index + m[0].length, isTextualBirthDate(Number(m[2]), monthOf(m[1]), m[3]), m[3] !== undefined);
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    add(start, start + year.length, Number(year) <= THIS_YEAR, false);
  }
  return dates.sort((a, b) => a.start - b.start);
}

function monthOf(name: string | undefined): number {
  return MONTH_OF.get((name ?? '').toLowerCase()) ?? 0;
}

/** Year-month-day when it starts with four digits; otherwise day-month or month-day, whichever exists. */
function isNumericBirthDate(a: string, b: string, c: string): boolean {
  if (a.length === 4) return c.length <= 2 && isBirthDate(Number(a), Number(b), Number(c));
  if (a.length > 2 || c.length === 3) return false;
  const years = c.length === 4 ? [Number(c)] : [1900 + Number(c), 2000 + Number(c)];
  return years.some((year) => isBirthDate(year, Number(b), Number(a)) || isBirthDate(year, Number(a), Number(b)));
}

function isTextualBirthDate(day: number, month: number, year: string | undefined): boolean {
  if (month === 0) return false;
  if (year === undefined) return isCalendarDate(2000, month, day);
  const full = year.length === 4 ? [Number(year)] : [1900 + Number(year), 2000 + Number(year)];
  return full.some((y) => isBirthDate(y, month, day));
}

function isBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > THIS_YEAR || !isCalendarDate(year, month, day)) return false;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return !SENTINEL_DATES.has(iso);
}
