import { findPhoneNumbersInText, getCountries, getCountryCallingCode, Metadata, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { resolveOverlaps } from '../resolveOverlaps.ts';

export interface PhoneRecognizerOptions {
  /** Country whose national numbers ("(415) 555-0132") are believed without context. Default US. */
  defaultCountry?: CountryCode;
  /**
   * Countries whose national numbers ("09-7625400" in Israel) are reported only with a phone word
   * nearby. Default GB, DE, FR, IL, IN, BR, JP, CN: Presidio's regions (its CA shares the US plan)
   * plus the two its tests add.
   */
  contextCountries?: readonly CountryCode[];
}

export const DEFAULT_CONTEXT_COUNTRIES: readonly CountryCode[] = Object.freeze([
  'GB', 'DE', 'FR', 'IL', 'IN', 'BR', 'JP', 'CN',
] as const);

const PHONE_CONTEXT =
  /\b(?:phone|phones|tel|telephone|cell|cellphone|mobile|mob|call|text|sms|whatsapp|signal|reach|contact|fax|number|num|ph)\b/i;

/**
 * An identifier's name right before the digits ("order 4155550132", "ticket no. 2125550199",
 * "invoice number is 4155550132") makes them that identifier, even when they parse as a phone
 * number. Only directly before: "call customer support at 415-555-0132" is still a phone number.
 */
const IDENTIFIER_BEFORE =
  /\b(?:order|invoice|ticket|tracking|account|acct|ref|reference|confirmation|booking|case|id|po|sku|serial|build|version|release|isbn|passport|licen[cs]e|tax|aadhaar|resident|routing|customer|member|policy|transaction|txn)(?:\s*(?:number|num|nr|no\.?|id|code))?(?:\s+(?:is|was))?\s*[:#]?\s*$/i;
const IDENTIFIER_LOOKBACK = 40;

/** "+44 20 7123 4567": the country code is explicit, so the number is unambiguous. */
const INTERNATIONAL = { alone: 0.7, withContext: 0.9 };
/** "(415) 555-0132": written the way people write their phone number. */
const NATIONAL_FORMATTED = { alone: 0.65, withContext: 0.85 };
/**
 * "4155550132": a bare digit run that happens to be a valid number is as often an order id or
 * timestamp, so it stays under the default threshold unless a phone word is nearby.
 */
const NATIONAL_BARE = { alone: 0.4, withContext: 0.7 };
/** A national number of another country, only ever reported with context. */
const OTHER_COUNTRY_WITH_CONTEXT = 0.6;
/** Reported, but under any sensible threshold: an identifier that parses as a phone number. */
const IDENTIFIER = 0.2;

const MIN_DIGITS = 7;

/**
 * Phone numbers, found and validated by libphonenumber (full metadata, VALID leniency: a real
 * length and number range, not glued to letters or other digits). On top of that, a number written
 * without its country code must be grouped the way that country writes its numbers ("2123 45670 1"
 * is not a New York number) and carry its trunk prefix when the country has one (German metadata
 * accepts almost any digit run without the leading 0).
 */
export function createPhoneRecognizer(options: PhoneRecognizerOptions = {}): Recognizer {
  const defaultCountry = options.defaultCountry ?? 'US';
  const contextCountries = (options.contextCountries ?? DEFAULT_CONTEXT_COUNTRIES).filter((c) => c !== defaultCountry);
  const name = 'phone';
  const defaultPassDigits = minDigitsToReport(defaultCountry);
  const contextPassDigits = new Map(contextCountries.map((country) => [country, minDigitsToReport(country)]));

  return {
    name,
    labels: ['PHONE'],
    recognize(text: string): Finding[] {
      if (!hasEnoughDigits(text)) return [];
      const candidates: Finding[] = [];
      const add = (start: number, end: number, score: number): void => {
        candidates.push({ start, end, label: 'PHONE', score, recognizer: name });
      };

      const defaultPass = hasCandidateRun(text, defaultPassDigits) ? findPhones(text, defaultCountry) : [];
      for (const found of defaultPass) {
        const { startsAt: start, endsAt: end, number } = found;
        const raw = text.slice(start, end);
        // findPhoneNumbersInText's default leniency (VALID) only returns numbers that are valid.
        if (isInsideIpAddress(text, start, end)) continue;
        const international = isInternational(raw);
        if (!international && !isWrittenNationally(raw, number)) continue;
        if (!international && isNamedIdentifier(text, start)) {
          add(start, end, IDENTIFIER);
          continue;
        }
        const scores = international ? INTERNATIONAL : isFormatted(raw) ? NATIONAL_FORMATTED : NATIONAL_BARE;
        add(start, end, hasNearbyContext(text, start, end, PHONE_CONTEXT) ? scores.withContext : scores.alone);
      }

      // Each country is a full pass over the text; none can report anything without a phone word.
      const countries = PHONE_CONTEXT.test(text) ? contextCountries : [];
      for (const country of countries) {
        const digits = contextPassDigits.get(country);
        if (digits && !hasCandidateRun(text, digits)) continue;
        for (const found of findPhones(text, country)) {
          const { startsAt: start, endsAt: end, number } = found;
          const raw = text.slice(start, end);
          // International numbers were already judged above, whatever the default country.
          if (isInternational(raw) || isInsideIpAddress(text, start, end)) continue;
          if (!isWrittenNationally(raw, number)) continue;
          if (!hasNearbyContext(text, start, end, PHONE_CONTEXT)) continue;
          if (isNamedIdentifier(text, start)) continue;
          add(start, end, OTHER_COUNTRY_WITH_CONTEXT);
        }
      }

      // The same digits can parse in several countries; report them once, with the best reading.
      return resolveOverlaps(candidates);
    },
  };
}

export const phoneRecognizer: Recognizer = createPhoneRecognizer();

/**
 * The fewest digits a number found with `defaultCountry` can have and still be reported, written
 * without a plus sign (a national number of the countries sharing its calling code, or an
 * international one after the country's international dialling prefix) and with one (any country's
 * calling code and shortest national number), from the metadata.
 */
function minDigitsToReport(defaultCountry: CountryCode): { plain: number; plus: number } {
  const metadata = new Metadata();
  // The typings of Metadata stop at selectNumberingPlan; these are the runtime methods used here.
  const plan = (country: CountryCode): RuntimeNumberingPlan | undefined => {
    metadata.selectNumberingPlan(country);
    return metadata.numberingPlan as unknown as RuntimeNumberingPlan | undefined;
  };
  try {
    const callingCode = getCountryCallingCode(defaultCountry);
    let plus = Infinity;
    let national = Infinity;
    for (const country of getCountries()) {
      const lengths = plan(country)?.possibleLengths() ?? [0];
      plus = Math.min(plus, getCountryCallingCode(country).length + Math.min(...lengths));
      if (getCountryCallingCode(country) === callingCode) national = Math.min(national, ...lengths);
    }
    const idd = plan(defaultCountry)?.IDDPrefix() ?? '';
    // A prefix that is a pattern ("00(?:...)") counts as two digits, the fewest any country dials.
    const iddDigits = /^\d+$/.test(idd) ? idd.length : 2;
    if (!Number.isFinite(plus) || !Number.isFinite(national)) return { plain: 0, plus: 0 };
    return { plain: Math.min(national, plus + iddDigits), plus };
  } catch {
    return { plain: 0, plus: 0 };
  }
}

interface RuntimeNumberingPlan {
  possibleLengths(): number[];
  IDDPrefix(): string;
}

/**
 * libphonenumber only reads a number from a run of digits, punctuation, spaces, brackets and plus
 * signs (letters only in an extension, after the number's own digits). Runs are split here at
 * letters, except the Katakana prolonged-sound mark that it counts as a dash, so each run holds
 * every candidate that starts in it.
 */
const RUN_BREAK = /(?:(?!\u30FC)\p{L})+/u;

/**
 * Whether some run has the digits of a number that could be reported: most chat has none, and a
 * pass of libphonenumber over text without one costs tens of microseconds and finds nothing.
 */
function hasCandidateRun(text: string, min: { plain: number; plus: number }): boolean {
  for (const run of text.split(RUN_BREAK)) {
    let digits = 0;
    for (const _digit of run.matchAll(/\p{Nd}/gu)) digits++;
    if (digits >= min.plain || (digits >= min.plus && /[+\uFF0B]/.test(run))) return true;
  }
  return false;
}

/**
 * libphonenumber throws (and catches) a ParseError for many candidates it rejects. No stack is
 * ever read, so none is captured while it runs (a small saving; the parsing itself dominates).
 */
function findPhones(text: string, defaultCountry: CountryCode): ReturnType<typeof findPhoneNumbersInText> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return findPhoneNumbersInText(text, { defaultCountry });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function hasEnoughDigits(text: string): boolean {
  let n = 0;
  // Any script's decimal digits: libphonenumber reads full-width and Arabic-Indic digits too.
  for (const _digit of text.matchAll(/\p{Nd}/gu)) if (++n >= MIN_DIGITS) return true;
  return false;
}

function isNamedIdentifier(text: string, start: number): boolean {
  return IDENTIFIER_BEFORE.test(text.slice(Math.max(0, start - IDENTIFIER_LOOKBACK), start));
}

function isInternational(raw: string): boolean {
  return /^\(?\+/.test(raw);
}

function isFormatted(raw: string): boolean {
  return /[\s().\-/]/.test(raw);
}

/**
 * Whether `raw` (no leading "+") spells `number` the way its country writes it: the digits are the
 * national format's (trunk prefix included) or the calling code followed by the national number,
 * and every place the writer split the digits is a place the country's own format splits them.
 * Numbers with an extension are let through: the extension's digits do not line up with either.
 */
function isWrittenNationally(raw: string, number: PhoneNumber): boolean {
  if (number.ext) return true;
  const written = digitGroups(raw);
  // The international format is only formatted when the national one does not match.
  return matchesFormat(written, number.formatNational()) || matchesFormat(written, number.formatInternational());
}

/** Whether the written digit groups fit one format of the number. */
function matchesFormat(written: { digits: string; splits: Set<number> }, format: string): boolean {
  const reference = digitGroups(format);
  if (written.digits === reference.digits) return isSubset(written.splits, reference.splits);
  // "1-415-555-0132": a long-distance "1" before the national format, its own group.
  const prefix = written.digits.length - reference.digits.length;
  if (prefix <= 0 || prefix > 3 || !written.digits.endsWith(reference.digits)) return false;
  return isSubset(written.splits, new Set([prefix, ...[...reference.splits].map((s) => s + prefix)]));
}

/** The digits of a string and the digit offsets at which its groups split. */
function digitGroups(text: string): { digits: string; splits: Set<number> } {
  const groups = text.match(/\p{Nd}+/gu) ?? [];
  const splits = new Set<number>();
  let offset = 0;
  for (const group of groups.slice(0, -1)) {
    offset += group.length;
    splits.add(offset);
  }
  return { digits: groups.join(''), splits };
}

function isSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** "212.58.244.20" is a valid New York number to libphonenumber, and an IPv4 address to everyone. */
function isInsideIpAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && /[\d.]/.test(text.charAt(from - 1))) from--;
  while (to < text.length && /[\d.]/.test(text.charAt(to))) to++;
  const around = text.slice(from, to).replace(/^\.+|\.+$/g, '');
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(around);
}
