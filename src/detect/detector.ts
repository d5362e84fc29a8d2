import type { Finding } from './finding.ts';
import type { Recognizer } from './recognizer.ts';
import { creditCardRecognizer } from './recognizers/creditCardRecognizer.ts';
import { emailRecognizer } from './recognizers/emailRecognizer.ts';
import { ibanRecognizer } from './recognizers/ibanRecognizer.ts';
import { phoneRecognizer } from './recognizers/phoneRecognizer.ts';
import { usSsnRecognizer } from './recognizers/usSsnRecognizer.ts';
import { resolveOverlaps } from './resolveOverlaps.ts';

export interface Detector {
  /** Findings in `text`, at or above the threshold, without overlaps, sorted by start. */
  detect(text: string): Finding[];
}

export interface DetectorOptions {
  /** Default `defaultRecognizers`. */
  recognizers?: readonly Recognizer[];
  /** Findings scoring under this are dropped before overlaps are resolved. Default 0.5. */
  minScore?: number;
}

/** Checksum-validated labels first: on a tie in score and length, the earlier recognizer wins. */
export const defaultRecognizers: readonly Recognizer[] = Object.freeze([
  ibanRecognizer,
  creditCardRecognizer,
  emailRecognizer,
  usSsnRecognizer,
  phoneRecognizer,
]);

export const DEFAULT_MIN_SCORE = 0.5;

/**
 * A detector runs every recognizer over the text, drops findings under `minScore`, and keeps one
 * finding wherever findings overlap (`resolveOverlaps`: higher score, then longer span). The
 * threshold applies first, so a weak candidate never hides a confident one.
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  const recognizers = [...(options.recognizers ?? defaultRecognizers)];
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new RangeError(`minScore must be a number from 0 to 1, got ${minScore}`);
  }
  return {
    detect(text: string): Finding[] {
      const findings = recognizers.flatMap((recognizer) => recognizer.recognize(text));
      return resolveOverlaps(findings.filter((finding) => finding.score >= minScore));
    },
  };
}
