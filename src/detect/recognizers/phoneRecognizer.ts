import { findPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Finding } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { DEFAULT_CONTEXT_WINDOW, hasNearbyContext } from '../hasNearbyContext.ts';
import { resolveOverlaps } from '../resolveOverlaps.ts';
import { textFeatures } from '../textFeatures.ts';
import { mayHoldNumber, phoneDigitMinimums, type PhoneDigitMinimums } from './phoneDigitMinimums.ts';
import { DEFAULT_PARSE_BUDGET, PHONE_PARSE_BUDGET, phoneParseBudget, phoneRuns, piecesOf, type PhonePiece } from './phonePieces.ts';

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

const PHONE_CONTEXT_WORDS = [
  'phone', 'phones', 'tel', 'telephone', 'cell', 'cellphone', 'mobile', 'mob', 'call', 'text', 'sms', 'whatsapp', 'signal',
  'reach', 'contact', 'fax', 'number', 'num', 'ph',
];
const PHONE_CONTEXT = new RegExp(`\\b(?:${PHONE_CONTEXT_WORDS.join('|')})\\b`, 'i');
/**
 * The same words anywhere, word boundaries or not: `hasNearbyContext` tests a slice of the text,
 * and a slice may begin inside a word ("re|call"), so only where these letters occur can a phone
 * word be found. Where they do not, no number of a context country can be reported.
 */
const PHONE_CONTEXT_LETTERS = new RegExp(`(?:${PHONE_CONTEXT_WORDS.join('|')})`, 'gi');

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
  const defaultMinimums = phoneDigitMinimums(defaultCountry);
  const contextMinimums = contextCountries.map((country) => ({ country, minimums: phoneDigitMinimums(country) }));
  // Runs shorter than every minimum of a reading cannot matter to it.
  const fewestDigits = (m: PhoneDigitMinimums): number => Math.min(m.national, m.plus, m.international);
  const defaultKeep = fewestDigits(defaultMinimums);
  const contextKeep = Math.min(defaultKeep, ...contextMinimums.map((c) => fewestDigits(c.minimums)));

  return {
    name,
    labels: ['PHONE'],
    mayMatch: (features) => features.nonAscii || features.digits >= MIN_DIGITS,
    recognize(text: string): Finding[] {
      if (!hasEnoughDigits(text)) return [];
      const candidates: Finding[] = [];
      const add = (start: number, end: number, score: number): void => {
        candidates.push({ start, end, label: 'PHONE', score, recognizer: name });
      };
      const runs = phoneRuns(text, defaultKeep);
      const budget = { left: phoneParseBudget(text.length, DEFAULT_PARSE_BUDGET) };

      const defaultPieces = piecesOf(text, runs.filter((run) => mayHoldNumber(run, defaultMinimums)));
      for (const found of findPhonesInPieces(text, defaultPieces, defaultCountry, budget)) {
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

      // None of these countries' numbers is reported without a phone word, so each is read only in
      // the pieces near where one could be; and a reading there scores OTHER_COUNTRY_WITH_CONTEXT,
      // so where the digits are already a better-scoring number it would lose to it anyway.
      const windows = contextMinimums.length > 0 && PHONE_CONTEXT.test(text) ? contextWindows(text) : [];
      const better = windows.length > 0 ? resolveOverlaps(candidates.filter((c) => c.score > OTHER_COUNTRY_WITH_CONTEXT)) : [];
      const contextBudget = { left: phoneParseBudget(text.length, PHONE_PARSE_BUDGET - DEFAULT_PARSE_BUDGET) + budget.left };
      const contextRuns = windows.length > 0 && contextKeep < defaultKeep ? phoneRuns(text, contextKeep) : runs;
      const nearPieces = piecesOf(text, contextRuns).filter((piece) => nearWindow(windows, piece));
      // Runs in a piece near a phone word, not inside a number already found with a better score.
      const open = contextRuns.filter((run) => nearWindow(nearPieces, run) && !inside(better, run));
      for (const { country, minimums } of open.length > 0 ? contextMinimums : []) {
        const countryPieces = piecesOf(text, open.filter((run) => mayHoldNumber(run, minimums))).filter((piece) => nearWindow(windows, piece));
        for (const found of findPhonesInPieces(text, countryPieces, country, contextBudget)) {
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
 * Where a number must be to have a phone word within reach: `hasNearbyContext` looks
 * DEFAULT_CONTEXT_WINDOW.before characters before a number and .after after it, so a number using
 * the word at p starts within `before` after p or ends within `after` before it, and its piece
 * overlaps [p - after, p + before].
 */
function contextWindows(text: string): Array<[number, number]> {
  const { before, after } = DEFAULT_CONTEXT_WINDOW;
  const windows: Array<[number, number]> = [];
  PHONE_CONTEXT_LETTERS.lastIndex = 0;
  for (let m = PHONE_CONTEXT_LETTERS.exec(text); m !== null; m = PHONE_CONTEXT_LETTERS.exec(text)) {
    windows.push([m.index - after - 1, m.index + before + 2]);
    // Every place a word starts counts, also inside another word's letters ("telephone").
    PHONE_CONTEXT_LETTERS.lastIndex = m.index + 1;
  }
  PHONE_CONTEXT_LETTERS.lastIndex = 0;
  return windows;
}

/**
 * Whether [start, end) overlaps one of `spans`, which are sorted by start and by end alike
 * (context windows all have one width; pieces do not overlap): only the last span starting before
 * `end` can. Binary search, so a text full of phone words stays linear-ish.
 */
function nearWindow(spans: ReadonlyArray<readonly [number, number]> | readonly PhonePiece[], { start, end }: { start: number; end: number }): boolean {
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spanStart(spans[mid]) < end) {
      last = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return last >= 0 && spanEnd(spans[last]) > start;
}

/** Whether [start, end) lies inside one of `kept`, sorted and not overlapping (resolveOverlaps' output). */
function inside(kept: readonly Finding[], { start, end }: { start: number; end: number }): boolean {
  let low = 0;
  let high = kept.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((kept[mid]?.start ?? Infinity) <= start) {
      last = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const span = kept[last];
  return span !== undefined && end <= span.end;
}

function spanStart(span: readonly [number, number] | PhonePiece | undefined): number {
  if (span === undefined) return Infinity;
  return 'start' in span ? span.start : span[0];
}

function spanEnd(span: readonly [number, number] | PhonePiece | undefined): number {
  if (span === undefined) return -Infinity;
  return 'end' in span ? span.end : span[1];
}

/**
 * findPhoneNumbersInText over each piece with its neighbouring characters (see phonePieces.ts),
 * with offsets in `text`, while the budget lasts.
 */
function findPhonesInPieces(text: string, pieces: readonly PhonePiece[], country: CountryCode, budget: { left: number }): FoundPhone[] {
  const found: FoundPhone[] = [];
  for (const piece of pieces) {
    const from = Math.max(0, piece.start - 1);
    const to = Math.min(text.length, piece.end + 1);
    if (to - from > budget.left) {
      budget.left = 0;
      break;
    }
    budget.left -= to - from;
    for (const phone of findPhones(text.slice(from, to), country)) {
      found.push({ startsAt: phone.startsAt + from, endsAt: phone.endsAt + from, number: phone.number });
    }
  }
  return found;
}

type FoundPhone = ReturnType<typeof findPhoneNumbersInText>[number];

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
  const features = textFeatures(text);
  if (!features.nonAscii) return features.digits >= MIN_DIGITS;
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
