import { getCountries, getCountryCallingCode, Metadata, type CountryCode } from 'libphonenumber-js/max';
import type { PhoneRun } from './phonePieces.ts';

/** The shortest number each kind of writing needs, in digits, for one country's reading. */
export interface PhoneDigitMinimums {
  /** A national number of the country or another sharing its calling code. */
  national: number;
  /** Any country's number written with "+" (calling code and national number). */
  plus: number;
  /**
   * Written after the country's international prefix, with which the candidate's digits then begin
   * (so the prefix begins where a group of digits begins).
   */
  international: number;
  /** The international prefix, anchored at the start. */
  internationalPrefix: RegExp | undefined;
  /**
   * How a valid national number can sit in the digits written. Absent when the country's
   * national-prefix rules can change digits (a transform rule): then any run of `national` digits
   * may hold one.
   */
  nationalNumbers?: NationalNumberShape;
}

/**
 * A national number is what is left of a candidate's digits (which begin where a group of digits
 * begins) once the calling code and a national prefix are taken off the front, and it ends where
 * a group ends; it is valid when a number type allowing its length has a pattern it matches whole.
 */
export interface NationalNumberShape {
  /** Per length, the patterns (joined, anchored) of the number types that allow it. */
  byLength: ReadonlyMap<number, RegExp>;
  maxLength: number;
  callingCode: string;
  /** The national prefixes libphonenumber may strip, each anchored at the start. */
  nationalPrefixes: readonly RegExp[];
}

/**
 * The fewest digits a number read with `defaultCountry` can have and still be valid, from the
 * metadata: written nationally (the shortest national number of the countries sharing its calling
 * code), with a plus sign (any country's or non-geographic calling code and its shortest national
 * number), or after the country's international prefix (that prefix, then as with a plus sign);
 * and what a valid national number of the calling code looks like (`nationalNumbers`). When the
 * metadata cannot be read, every minimum is 0: every piece is parsed.
 */
export function phoneDigitMinimums(defaultCountry: CountryCode): PhoneDigitMinimums {
  const metadata = new Metadata();
  // The typings of Metadata stop at selectNumberingPlan; these are the runtime methods used here.
  const plan = (country: string): RuntimeNumberingPlan | undefined => {
    metadata.selectNumberingPlan(country as CountryCode);
    return metadata.numberingPlan as unknown as RuntimeNumberingPlan | undefined;
  };
  try {
    const callingCode = getCountryCallingCode(defaultCountry);
    let plus = Infinity;
    let national = Infinity;
    for (const country of getCountries()) {
      const shortest = Math.min(...(plan(country)?.possibleLengths() ?? [0]));
      plus = Math.min(plus, getCountryCallingCode(country).length + shortest);
      if (getCountryCallingCode(country) === callingCode) national = Math.min(national, shortest);
    }
    for (const code of nonGeographicCallingCodes(metadata)) {
      plus = Math.min(plus, code.length + Math.min(...(plan(code)?.possibleLengths() ?? [0])));
    }
    const prefix = plan(defaultCountry)?.IDDPrefix() ?? '';
    if (!Number.isFinite(plus) || !Number.isFinite(national) || prefix === '') return NO_MINIMUMS;
    // A prefix given as a pattern ("00(?:...)") is counted as one digit; its test is the pattern.
    const prefixDigits = /^\d+$/.test(prefix) ? prefix.length : 1;
    const minimums: PhoneDigitMinimums = { national, plus, international: plus + prefixDigits, internationalPrefix: new RegExp(`^(?:${prefix})`) };
    const nationalNumbers = nationalNumberShape(defaultCountry, callingCode, plan);
    return nationalNumbers === undefined ? minimums : { ...minimums, nationalNumbers };
  } catch {
    return NO_MINIMUMS;
  }
}

/**
 * Read nationally, a number's digits lose at most a national prefix or the calling code at the
 * front, with the rules of the default country's numbering plan or of the calling code's main one.
 * Unless one of those plans has a transform rule (which can put digits back, as Brazil's carrier
 * codes do), the valid national number is then a stretch of the written digits, and valid means
 * matching one of the number types (fixed line, mobile, toll free ...) of one of the countries
 * sharing the calling code, at a length that type allows (`isValidNumber`, `getNumberType`).
 * Undefined when that cannot be shown from the metadata.
 */
function nationalNumberShape(
  defaultCountry: CountryCode,
  callingCode: string,
  plan: (country: string) => RuntimeNumberingPlan | undefined,
): NationalNumberShape | undefined {
  const nationalPrefixes = new Set<string>();
  for (const rules of [plan(defaultCountry), plan(callingCode)]) {
    if (!rules || rules.nationalPrefixTransformRule()) return undefined;
    const prefix = rules.nationalPrefixForParsing();
    if (prefix) nationalPrefixes.add(prefix);
  }
  const patternsByLength = new Map<number, string[]>();
  const allow = (pattern: string, lengths: readonly number[]): void => {
    for (const length of lengths) patternsByLength.set(length, [...(patternsByLength.get(length) ?? []), pattern]);
  };
  for (const country of getCountries()) {
    if (getCountryCallingCode(country) !== callingCode) continue;
    const rules = plan(country);
    if (!rules) return undefined;
    if (!rules.hasTypes()) {
      // Without types, validity is the national-number pattern at the plan's lengths.
      const pattern = rules.nationalNumberPattern();
      if (!pattern || !rules.possibleLengths()) return undefined;
      allow(pattern, rules.possibleLengths());
      continue;
    }
    for (const type of NUMBER_TYPES) {
      const definition = rules.type(type);
      const pattern = definition?.pattern();
      if (!definition || !pattern) continue;
      const typeLengths = definition.possibleLengths();
      if (!typeLengths) return undefined;
      allow(pattern, typeLengths);
    }
  }
  if (patternsByLength.size === 0) return undefined;
  return {
    byLength: new Map([...patternsByLength].map(([length, patterns]) => [length, new RegExp(`^(?:${patterns.join('|')})$`)])),
    maxLength: Math.max(...patternsByLength.keys()),
    callingCode,
    nationalPrefixes: [...nationalPrefixes].map((prefix) => new RegExp(`^(?:${prefix})`)),
  };
}

/** The number types libphonenumber's validity check tries (getNumberType). */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'];

const NO_MINIMUMS: PhoneDigitMinimums = Object.freeze({ national: 0, plus: 0, international: 0, internationalPrefix: undefined });

interface RuntimeNumberingPlan {
  possibleLengths(): number[];
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  nationalPrefixTransformRule(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

function nonGeographicCallingCodes(metadata: Metadata): string[] {
  const raw = (metadata as unknown as { metadata?: { nonGeographic?: Record<string, unknown> } }).metadata;
  return Object.keys(raw?.nonGeographic ?? {});
}

/** Whether a run has the digits a number read with these minimums needs (see phonePieces.ts). */
export function mayHoldNumber(run: PhoneRun, min: PhoneDigitMinimums): boolean {
  const { digits } = run;
  if (run.plus && digits.length >= min.plus) return true;
  const unsure = digits.includes('?');
  if (digits.length >= min.international && min.internationalPrefix !== undefined && (unsure || startsWithPrefix(run, min.international, min.internationalPrefix))) {
    return true;
  }
  return digits.length >= min.national && (unsure || min.nationalNumbers === undefined || holdsNationalNumber(run, min.nationalNumbers));
}

/** Whether some group begins with the international prefix and has `length` digits from there on. */
function startsWithPrefix(run: PhoneRun, length: number, prefix: RegExp): boolean {
  return run.groups.some((at) => run.digits.length - at >= length && prefix.test(run.digits.slice(at)));
}

function holdsNationalNumber(run: PhoneRun, shape: NationalNumberShape): boolean {
  const { digits, groups } = run;
  for (let g = 0; g < groups.length; g++) {
    const groupStart = groups[g] ?? 0;
    for (const skip of skippablePrefixes(digits, groupStart, shape)) {
      const from = groupStart + skip;
      // Ends of this and later groups, nearest first, until too long to be a national number.
      for (let h = g; h < groups.length; h++) {
        const end = groups[h + 1] ?? digits.length;
        if (end <= from) continue;
        if (end - from > shape.maxLength) break;
        if (shape.byLength.get(end - from)?.test(digits.slice(from, end))) return true;
      }
    }
  }
  return false;
}

/** How many digits at `at` can be a calling code, a national prefix, or both, plus none at all. */
function skippablePrefixes(digits: string, at: number, shape: NationalNumberShape): Set<number> {
  const skips = new Set([0]);
  const afterCallingCode = digits.startsWith(shape.callingCode, at) ? [0, shape.callingCode.length] : [0];
  for (const code of afterCallingCode) {
    skips.add(code);
    for (const prefix of shape.nationalPrefixes) {
      const m = prefix.exec(digits.slice(at + code));
      if (m) skips.add(code + m[0].length);
    }
  }
  return skips;
}
