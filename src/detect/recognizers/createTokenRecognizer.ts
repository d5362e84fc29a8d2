import type { Finding } from '../finding.ts';
import { textFeatures } from '../textFeatures.ts';
import { shannonEntropy } from '../validators/shannonEntropy.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { forEachMatch } from './forEachMatch.ts';
import { meetsNeeds, patternNeeds } from './patternNeeds.ts';

export interface TokenRecognizerSpec {
  /** Says which kind of secret it is; recorded on each finding. */
  name: string;
  /**
   * A global pattern for the token, anchored by its vendor prefix so that a scan only starts where
   * the prefix is; the whole match is reported.
   */
  pattern: RegExp;
  /** Score for a token that passes `validate`. */
  score: number;
  /** Extra check on the matched token (structure, checksum); default accepts it. */
  validate?: (token: string) => boolean;
  /**
   * A substring every match contains, checked before the regex runs: most messages have none, and
   * `includes` is cheaper than a scan.
   */
  marker: string;
}

/**
 * Minimum bits per character for a token's random part. Real tokens are random (about 4.5-6
 * bits); the placeholders people paste into docs ("ghp_xxxxxxxxxxxx", "AKIA0000000000000000") are not.
 */
export const MIN_TOKEN_ENTROPY = 3;

/**
 * A recognizer for a vendor token with a recognisable prefix (GitHub, Slack, Stripe, Google,
 * AWS): the prefix makes the match certain unless the random part is a placeholder.
 */
export function createTokenRecognizer(spec: TokenRecognizerSpec): PatternRecognizer {
  const { name, pattern, score, validate, marker } = spec;
  const lowerMarker = marker.toLowerCase();
  // A token is one long run of letters and digits (the random part) besides its prefix.
  const needs = patternNeeds(pattern);
  return {
    name,
    labels: ['SECRET'],
    patterns: [pattern],
    mayMatch: (features) => meetsNeeds(needs, features) && features.lowerCase.includes(lowerMarker),
    recognize(text: string): Finding[] {
      if (!textFeatures(text).lowerCase.includes(lowerMarker)) return [];
      const findings: Finding[] = [];
      forEachMatch(pattern, text, (m) => {
        if (isPlaceholder(m[0]) || (validate && !validate(m[0]))) return;
        findings.push({ start: m.index, end: m.index + m[0].length, label: 'SECRET', score, recognizer: name });
      });
      return findings;
    },
  };
}

/**
 * Documentation and template values: AWS's "...EXAMPLE" keys, runs of x or 0, and anything whose
 * characters are too repetitive to be random.
 */
export function isPlaceholder(token: string): boolean {
  if (/example|x{6,}|X{6,}|0{8,}|\*{4,}|your[_-]?|<|>/i.test(token)) return true;
  const body = token.replace(/^[A-Za-z]{2,12}[_-]/, '');
  return shannonEntropy(body) < MIN_TOKEN_ENTROPY;
}
