import type { Finding } from '../finding.ts';
import type { TextFeatures } from '../textFeatures.ts';
import { isKnownOtherWord, MULTI_WORD_PLACES, normaliseWord, PLACE_NAMES } from './nameLexicon.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { TECHNICAL_NAMES } from './notPersonNames.ts';
import { asciiDigitCount } from './requiredDigits.ts';

/**
 * Scores for ADDRESS. A street address is where someone lives or receives things, so it scores
 * well above a bare city name (`locationRecognizer.ts`).
 */
export const ADDRESS_SCORES = Object.freeze({
  /** A house number, a street name and a word that only streets end in (Street, Road, Straße, rue ...). */
  street: 0.8,
  /** The same with a word of the writer's that says whose address it is ("I live at", "ship to", "my address"). */
  withContext: 0.9,
  /** A PO box. */
  postBox: 0.75,
  /** A street type that is also an ordinary word (Way, Place, Drive, Court ...) with no city, postcode or context after it. */
  generic: 0.45,
});

/** Street types that are rarely anything else in chat. */
const STREET_TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Gardens|Mews';
/** Street types that are also ordinary words ("3 Google Drive links", "the 2 Way merge"). */
const GENERIC_STREET_TYPES = 'Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Circle|Cir|Close|Grove|Plaza|Trail';

const GENERIC_TYPE = new RegExp(`^(?:${GENERIC_STREET_TYPES})$`);

/**
 * "221B Baker Street", "1600 Amphitheatre Pkwy", "25 Queen's Road", "915 W 5th St": number, 1–3
 * capitalised words or numbered streets, street type.
 */
const NUMBER_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/-])\d{1,5}[A-Za-z]?\s{1,3}(?:(?:[\p{Lu}][\p{L}'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,3}(${STREET_TYPES}|${GENERIC_STREET_TYPES})\b`,
  'gu',
);
/** The same in lower case ("12 baker street"): believed only with a word saying it is an address. */
const LOWER_CASE = /(?<![\p{L}\p{N}_.,/-])\d{1,5}[a-z]?\s{1,3}(?:[\p{Ll}][\p{Ll}'’-]{1,24}\s{1,3}){1,2}(street|road|avenue|lane|boulevard)(?![\p{L}\p{N}_])/gu;
/** "12 rue de Rivoli", "Calle Mayor 5", "Via Roma 14", "8 Rue des Écoles": number before or after. */
const ROMANCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(\d{1,4}[a-z]?),?\s{1,3})?(?:[Rr]ue|[Cc]alle|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Via|Viale|Piazza|Corso|Largo|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Qq]uai|[Ii]mpasse)\s{1,3}(?:(?:de|del|des|du|da|di|do|dos|della|delle|dei|la|le|l['’])\s{1,3}){0,2}[\p{Lu}][\p{L}'’-]{1,24}(?:\s{1,3}[\p{Lu}][\p{L}'’-]{1,24}){0,2}(?:,?\s{1,3}(\d{1,4}[a-zA-Z]?)(?![\p{L}\p{N}_:/-]|\.\d))?`,
  'gu',
);
/** "Hauptstraße 12", "Schillerstr. 8", "Berliner Allee 5", "Keizersgracht 123". */
const GERMANIC = /(?<![\p{L}\p{N}_])[\p{Lu}][\p{L}-]{1,30}(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|gatan|vägen|gade|vej)\s{1,3}\d{1,4}[a-z]?(?![\p{L}\p{N}_:/-]|\.\d)/gu;
const GERMANIC_SEPARATE = /(?<![\p{L}\p{N}_])[\p{Lu}][\p{L}-]{1,30}\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer)\s{1,3}\d{1,4}[a-z]?(?![\p{L}\p{N}_:/-]|\.\d)/gu;
/**
 * A word every form above needs (a street type, a Romance street word, a Germanic street suffix
 * before a number, a box), for the gate: most messages with a digit have none, and the forms'
 * own scans cost several times this one. Tested on the lower-cased text, and without the `u`
 * flag (a case-insensitive Unicode scan costs twenty times as much, a Unicode one twice): a gate
 * may say yes too often, never no too often.
 */
const STREET_HINT =
  /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|parkway|pkwy|highway|hwy|terrace|crescent|gardens|mews|drive|dr|way|place|pl|court|ct|square|sq|circle|cir|close|grove|plaza|trail|rue|calle|avenida|avda|paseo|carrer|rua|via|viale|piazza|corso|largo|chemin|allée|quai|impasse|box|postfach|apartado)\b|(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|gatan|vägen|gade|vej)\s{1,3}\d/;

/** "P.O. Box 1142", "PO Box 77", "Postfach 1234". */
const POST_BOX = /(?<![\p{L}\p{N}_])(?:P\.?\s?O\.?\s{1,3}Box|Postfach|Apartado)\s{1,3}\d{1,6}(?![\p{L}\p{N}_])/giu;

/** What may follow a street, each after a comma: a flat, a city, a state and ZIP code, a postcode. */
const UNIT = /,?\s{1,3}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl)\.?\s{0,2}#?\s{0,2}[A-Za-z0-9-]{1,6}(?![\p{L}\p{N}])/uy;
const STATE_ZIP = /,?\s{1,3}[A-Z]{2}\s{1,2}\d{5}(?:-\d{4})?(?!\d)/y;
const POSTCODE_CITY = /,?\s{1,3}(?:[A-Z]{1,2}-)?\d{4,5}\s{1,2}[\p{Lu}][\p{L}-]{1,30}(?:\s[\p{Lu}][\p{L}-]{1,30})?/uy;
const CITY = /,\s{1,3}([\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,2})(\s{1,2}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})?(?![\p{L}\p{N}])/uy;
const UK_POSTCODE = /,?\s{1,3}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/uy;
/** A flat or unit written before the number: "Flat 3, 25 Queen's Road". */
const UNIT_BEFORE = /(?:flat|apt|apartment|unit|suite)\.?\s{0,2}#?\s{0,2}[a-z0-9-]{1,6},?\s{1,3}$/i;

/** Words of the writer that make it someone's address rather than a landmark. */
const ADDRESS_CONTEXT =
  /\b(?:i\s{1,3}live|(?:she|he|they)\s{1,3}lives?|lives?\s{1,3}at|living\s{1,3}at|address|ship(?:ped|ping)?\s{1,3}(?:it\s{1,3}|them\s{1,3})?to|deliver(?:ed|y)?\s{1,3}(?:it\s{1,3})?to|send\s{1,3}(?:it|them|the\s{1,3}\w{1,20}(?:\s{1,3}\w{1,20})?)\s{1,3}to|mail\s{1,3}it\s{1,3}to|courier|my\s{1,3}(?:place|flat|apartment|house|home|parents)|moved\s{1,3}to|lieferadresse|adresse|wohne|direcci[oó]n|indirizzo|domicile)/i;
const CONTEXT_LOOKBACK = 48;

interface Candidate {
  start: number;
  end: number;
  /** The street type is one that is also an ordinary word. */
  generic: boolean;
  postBox: boolean;
  /** Lower case: only with context. */
  needsContext: boolean;
}

/**
 * Street addresses (ADDRESS): a house number, a street name and a street type, in the English
 * ("221B Baker Street", "1600 Amphitheatre Pkwy"), Romance ("12 rue de Rivoli", "Calle Mayor 5")
 * and Germanic ("Hauptstraße 12", "Keizersgracht 123") orders, and PO boxes; the span runs on over
 * what follows after commas: a flat, the city, a state and ZIP code or a postcode ("..., Mountain
 * View, CA 94043", "..., 10115 Berlin", "..., London NW1 6XE").
 *
 * Not reported: a street without a number ("Baker Street station"), and a number before a street
 * type that is also an ordinary word (Way, Drive, Place) unless a city, postcode or "my address"
 * follows or precedes it. Nothing is looked for in a text without a digit.
 */
export const addressRecognizer: PatternRecognizer = {
  name: 'address',
  labels: ['ADDRESS'],
  patterns: [STREET_HINT, NUMBER_FIRST, LOWER_CASE, ROMANCE, GERMANIC, GERMANIC_SEPARATE, POST_BOX, UNIT, STATE_ZIP, POSTCODE_CITY, CITY, UK_POSTCODE, UNIT_BEFORE, ADDRESS_CONTEXT],
  // Every form has a house number or a box number, and a street word.
  mayMatch: (f: TextFeatures) => f.digits > 0 && STREET_HINT.test(f.lowerCase),
  recognize(text: string): Finding[] {
    if (asciiDigitCount(text) === 0 || !STREET_HINT.test(text.toLowerCase())) return [];
    const candidates: Candidate[] = [];
    for (const m of text.matchAll(NUMBER_FIRST)) {
      const streetType = m[1] ?? '';
      const generic = GENERIC_TYPE.test(streetType);
      if (generic && namesATool(m[0], streetType)) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, generic, postBox: false, needsContext: false });
    }
    for (const m of text.matchAll(LOWER_CASE)) candidates.push({ start: m.index, end: m.index + m[0].length, generic: false, postBox: false, needsContext: true });
    for (const m of text.matchAll(ROMANCE)) {
      // A Romance street needs its number, before or after the name.
      if (m[1] === undefined && m[2] === undefined) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, generic: false, postBox: false, needsContext: false });
    }
    for (const pattern of [GERMANIC, GERMANIC_SEPARATE]) {
      for (const m of text.matchAll(pattern)) candidates.push({ start: m.index, end: m.index + m[0].length, generic: false, postBox: false, needsContext: false });
    }
    for (const m of text.matchAll(POST_BOX)) candidates.push({ start: m.index, end: m.index + m[0].length, generic: false, postBox: true, needsContext: false });

    const findings: Finding[] = [];
    for (const candidate of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (findings.some((f) => candidate.start < f.end && f.start < candidate.end)) continue;
      const tail = tailEnd(text, candidate.end);
      const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start));
      const start = unit ? candidate.start - unit[0].length : candidate.start;
      const context = ADDRESS_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_LOOKBACK), start));
      if (candidate.needsContext && !context) continue;
      const score = context
        ? ADDRESS_SCORES.withContext
        : candidate.postBox
          ? ADDRESS_SCORES.postBox
          : candidate.generic && tail.confirmed === false
            ? ADDRESS_SCORES.generic
            : ADDRESS_SCORES.street;
      findings.push({ start, end: tail.end, label: 'ADDRESS', score, recognizer: 'address' });
    }
    return findings;
  },
};

/** "3 Google Drive links", "2 Azure Circle tenants": a tool's name before a street type that is also a word. */
function namesATool(match: string, streetType: string): boolean {
  const words = match.slice(0, match.length - streetType.length).trim().split(/\s+/).slice(1);
  return words.some((w) => TECHNICAL_NAMES.has(normaliseWord(w.replace(/['’]s$/, ''))));
}

interface Tail {
  end: number;
  /** A city, postcode or state and ZIP code followed the street. */
  confirmed: boolean;
}

/**
 * How far the address runs on after the street: up to four parts after commas. A city counts when
 * compromise knows it as a place, when it is not an ordinary word, or when a state and ZIP code or
 * a postcode follows it ("Mountain View, CA 94043").
 */
function tailEnd(text: string, from: number): Tail {
  let end = from;
  let pending: number | undefined;
  let confirmed = false;
  let position = from;
  for (let part = 0; part < 4; part++) {
    const unit = stickyMatch(UNIT, text, position);
    if (unit !== undefined) {
      position = end = unit;
      continue;
    }
    const coded = stickyMatch(STATE_ZIP, text, position) ?? stickyMatch(POSTCODE_CITY, text, position) ?? stickyMatch(UK_POSTCODE, text, position);
    if (coded !== undefined) {
      position = end = coded;
      confirmed = true;
      pending = undefined;
      continue;
    }
    CITY.lastIndex = position;
    const city = CITY.exec(text);
    if (city === null) break;
    position = city.index + city[0].length;
    if (city[2] !== undefined || isPlaceLike(city[1] ?? '')) {
      end = position;
      confirmed = true;
    } else if (pending === undefined) {
      pending = position;
      continue;
    } else {
      break;
    }
  }
  return { end, confirmed };
}

function stickyMatch(pattern: RegExp, text: string, position: number): number | undefined {
  pattern.lastIndex = position;
  const m = pattern.exec(text);
  return m === null ? undefined : m.index + m[0].length;
}

function isPlaceLike(name: string): boolean {
  const normal = normaliseWord(name);
  if (PLACE_NAMES.has(normal) || (MULTI_WORD_PLACES.get(normal.split(' ')[0] ?? '') ?? []).includes(normal)) return true;
  return normal.split(' ').every((w) => !isKnownOtherWord(w) && !TECHNICAL_NAMES.has(w));
}
