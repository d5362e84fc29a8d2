import type { Finding, PiiLabel } from '../finding.ts';
import type { Recognizer } from '../recognizer.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { resolveOverlaps } from '../resolveOverlaps.ts';
import { textFeatures } from '../textFeatures.ts';
import { forEachMatch } from './forEachMatch.ts';
import { meetsAnyNeeds, meetsNeeds, patternNeeds } from './patternNeeds.ts';

/** How believable a candidate is without and with one of its context words nearby. */
export interface IdScores {
  alone: number;
  withContext: number;
}

/**
 * Score tiers shared by the identifier recognizers, so that a score means the same thing whatever
 * the label. The default threshold is 0.5.
 */
export const ID_SCORES = Object.freeze({
  /**
   * A check that about one random candidate in a hundred or fewer passes (two check digits, a
   * check letter, a checksum plus a real embedded birth date), in a shape little else has.
   */
  strong: Object.freeze({ alone: 0.85, withContext: 1 }),
  /**
   * A weak check (one in ten or eleven passes) on digits written in the id's own grouping, such as
   * "401-023-2137" for an NHS number: the grouping is the evidence the checksum cannot give.
   */
  grouped: Object.freeze({ alone: 0.6, withContext: 0.9 }),
  /**
   * A distinctive layout of letters and digits with no published checksum (UK NINO, US MBI, UK
   * driving licence): people do not type these shapes by accident.
   */
  structured: Object.freeze({ alone: 0.6, withContext: 0.85 }),
  /**
   * A bare run of digits that passes a weak check: one random number in ten does, and chat is full
   * of 9- to 13-digit build, job, account and order numbers and epoch timestamps. Reported (a
   * context stage or a lower threshold can still use it) but under the default threshold unless a
   * word naming the id is nearby.
   */
  bare: Object.freeze({ alone: 0.4, withContext: 0.85 }),
});

/** A technical identifier's name right before a digit run, which makes the digits that identifier. */
export const TECHNICAL_NAME_BEFORE =
  /\b(?:build|run|job|pipeline|workflow|pid|port|version|ver|release|commit|sha|pr|issue|ticket|order|invoice|tracking|trace|span|request|req|event|msg|message|ts|timestamp|epoch|line|offset|size|bytes|count|sku|serial|model|part|confirmation|booking|transaction|txn|isbn|ref|reference)s?(?:\s*(?:id|no\.?|number|num|nr|#))?(?:\s+(?:is|was))?\s*[:#=]?\s*$/i;
const TECHNICAL_LOOKBACK = 40;
/** Under every sensible threshold: the writer said what the number is. */
export const NAMED_AS_TECHNICAL = 0.1;

/** One way an id is written. */
export interface IdForm {
  /**
   * A global pattern whose whole match is the candidate. It must run in linear time: no quantified
   * group containing an unbounded quantifier, and no unbounded quantifier a scan could restart on
   * at every position (see `patternSafety.ts`).
   */
  pattern: RegExp;
  /** Scores for a valid candidate of this form. */
  scores: IdScores;
  /**
   * The form is a plain digit run: a technical name right before it ("build 10000000146") makes it
   * that identifier, whatever its checksum says.
   */
  bareDigits?: boolean;
  /** Report the form only with a context word nearby (passports, licences, bank accounts). */
  requiresContext?: boolean;
}

export interface IdRecognizerSpec {
  name: string;
  label: PiiLabel;
  forms: readonly IdForm[];
  /**
   * Words that make a candidate believable, case-insensitive and anchored on word boundaries
   * (`hasNearbyContext`).
   */
  context: RegExp;
  /**
   * Whether the candidate is valid: `compact` has separators (spaces, dashes, dots, colons,
   * slashes) removed and letters upper-cased; `raw` is the match as written, for ids where a
   * separator means something (the Finnish century sign). Returns a score tier to use instead of
   * the form's, `true` for the form's, or `false` to drop the candidate.
   */
  validate: (compact: string, raw: string) => boolean | IdScores;
}

/** A recognizer that also exposes its patterns, so tests can check them for catastrophic backtracking. */
export interface PatternRecognizer extends Recognizer {
  readonly patterns: readonly RegExp[];
}

/**
 * A recognizer for an identifier that is a pattern plus a validator, scored by tier and by the
 * context words around it. Candidates of several forms that overlap are resolved to the best one.
 */
export function createIdRecognizer(spec: IdRecognizerSpec): PatternRecognizer {
  const { name, label, forms, context, validate } = spec;
  // What each form's matches need from the text (digits, a digit run of some length, grouped
  // digits): most chat has none of it, and then no pattern runs at all.
  const needs = forms.map((form) => patternNeeds(form.pattern));
  const fewestDigits = Math.min(...needs.map((n) => n.digits));
  return {
    name,
    labels: [label],
    patterns: forms.map((form) => form.pattern),
    mayMatch: (features) => features.digits >= fewestDigits && meetsAnyNeeds(needs, features),
    recognize(text: string): Finding[] {
      const candidates: Finding[] = [];
      let hasContextWord: boolean | undefined;
      const features = textFeatures(text);
      for (const [i, form] of forms.entries()) {
        const formNeeds = needs[i];
        if (formNeeds && !meetsNeeds(formNeeds, features)) continue;
        if (form.requiresContext && !(hasContextWord ??= context.test(text))) continue;
        forEachMatch(form.pattern, text, (match) => {
          const start = match.index;
          const end = start + match[0].length;
          // A bare digit run is its own compact form; only letters and separators need the work.
          const compact = ONLY_DIGITS.test(match[0]) ? match[0] : match[0].replace(/[\s.:/-]/g, '').toUpperCase();
          const verdict = validate(compact, match[0]);
          if (verdict === false) return;
          const scores = verdict === true ? form.scores : verdict;
          const nearby = hasNearbyContext(text, start, end, context);
          if (form.requiresContext && !nearby) return;
          let score = nearby ? scores.withContext : scores.alone;
          if (form.bareDigits && isNamedAsTechnical(text, start)) score = Math.min(score, NAMED_AS_TECHNICAL);
          candidates.push({ start, end, label, score, recognizer: name });
        });
      }
      return candidates.length === 0 ? candidates : resolveOverlaps(candidates);
    },
  };
}

const ONLY_DIGITS = /^\d+$/;

/** Whether the words right before `start` name what follows as a build, job, order, version ... */
export function isNamedAsTechnical(text: string, start: number): boolean {
  return TECHNICAL_NAME_BEFORE.test(text.slice(Math.max(0, start - TECHNICAL_LOOKBACK), start));
}
