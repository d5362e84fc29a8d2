import { DEFAULT_MIN_SCORE, profileDefaults, type DetectionProfile } from './detectionProfile.ts';
import type { Finding } from './finding.ts';
import type { Recognizer } from './recognizer.ts';
import { creditCardRecognizer } from './recognizers/creditCardRecognizer.ts';
import { emailRecognizer } from './recognizers/emailRecognizer.ts';
import { ibanRecognizer } from './recognizers/ibanRecognizer.ts';
import { createIpAddressRecognizer, ipAddressRecognizer, type IpAddressRecognizerOptions } from './recognizers/ipAddressRecognizer.ts';
import { nationalIdRecognizers } from './recognizers/nationalIdRecognizers.ts';
import { personalDetailRecognizers } from './recognizers/personalDetailRecognizers.ts';
import { phoneRecognizer } from './recognizers/phoneRecognizer.ts';
import { secretRecognizers } from './recognizers/secretRecognizers.ts';
import { usSsnRecognizer } from './recognizers/usSsnRecognizer.ts';
import { resolveOverlaps } from './resolveOverlaps.ts';
import { createAllowList, type AllowListEntry } from './scoring/allowList.ts';
import { createContextScorer, type ContextOptions } from './scoring/applyContext.ts';
import { createThresholds, type MinScore } from './scoring/labelThresholds.ts';
import type { TestValueSettings } from './scoring/testValues.ts';
import { textFeatures } from './textFeatures.ts';

export interface Detector {
  /** Findings in `text`, at or above the threshold, without overlaps, sorted by start. */
  detect(text: string): Finding[];
}

export interface DetectorOptions {
  /**
   * What is being guarded (`detectionProfile.ts`): `chat` (default) or `strict`. It sets the defaults
   * of `minScore`, `testValues` and `ipAddresses`; an option given here wins over its profile.
   */
  profile?: DetectionProfile;
  /** Default `defaultRecognizers` (with `ipAddresses` applied). */
  recognizers?: readonly Recognizer[];
  /**
   * Findings scoring under this are dropped before overlaps are resolved: one number, or per label
   * with a `default` (`{ default: 0.5, PHONE: 0.6 }`). Default: the profile's (`chat`: 0.5, IP 0.75;
   * `strict`: 0.4).
   */
  minScore?: MinScore;
  /**
   * Which IP addresses are reported (ranges never reported, private addresses in config syntax).
   * Applies to the default recognizers; with `recognizers` given, build the IP recognizer yourself.
   */
  ipAddresses?: IpAddressRecognizerOptions;
  /** Context words and how far they move a score (`applyContext`); `false` turns the stage off. Default on. */
  context?: ContextOptions | false;
  /** Values (compared normalised) and patterns (matching a whole finding) that are not PII here. Default none. */
  allowList?: readonly AllowListEntry[];
  /**
   * Published test values (4242… cards, 555-01xx phones, example.com addresses, sample SSNs,
   * documentation IPs) treated as not PII: `true` (default), `false`, or per group (`{ cards: false }`).
   */
  testValues?: TestValueSettings;
}

/** Checksum-validated labels first: on a tie in score and length, the earlier recognizer wins. */
export const defaultRecognizers: readonly Recognizer[] = Object.freeze([
  ibanRecognizer,
  creditCardRecognizer,
  emailRecognizer,
  usSsnRecognizer,
  phoneRecognizer,
  ...nationalIdRecognizers,
  ...secretRecognizers,
  ...personalDetailRecognizers,
]);

export { DEFAULT_MIN_SCORE };

/** The `chat` profile's thresholds, used unless `minScore` or another profile is given. */
export const DEFAULT_LABEL_MIN_SCORES = profileDefaults('chat').minScore;

/**
 * A detector runs every recognizer over the text, then, in this order:
 * 1. adjusts scores for the words around each finding (`applyContext`), so context can lift a weak
 *    candidate over the threshold or sink an "order 4155550132";
 * 2. drops allowed values and published test values (`createAllowList`) while every candidate is
 *    still there, so the weaker pieces of a test card go with it;
 * 3. drops findings under their label's threshold;
 * 4. keeps one finding wherever findings overlap (`resolveOverlaps`: higher score, then longer span).
 * The threshold applies before overlaps are resolved, so a weak candidate never hides a confident one.
 * Every option is checked here, so a bad configuration fails at start-up, not on the first message.
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  const profile = profileDefaults(options.profile ?? 'chat');
  if (options.recognizers && options.ipAddresses) {
    throw new TypeError('ipAddresses applies to the default recognizers; with recognizers given, pass createIpAddressRecognizer(...) among them');
  }
  const ipAddresses = options.ipAddresses ?? profile.ipAddresses;
  const recognizers = [...(options.recognizers ?? withIpOptions(defaultRecognizers, ipAddresses))];
  const thresholdFor = createThresholds(options.minScore ?? profile.minScore, DEFAULT_MIN_SCORE);
  const scoreContext = options.context === false ? undefined : createContextScorer(options.context);
  const allowList = createAllowList({ entries: options.allowList ?? [], testValues: options.testValues ?? profile.testValues });
  return {
    detect(text: string): Finding[] {
      // One pass over the text measures what the recognizers' gates ask about; on everyday chat
      // nearly all of them decline, and most messages end here with nothing found.
      const features = textFeatures(text);
      const found: Finding[] = [];
      for (const recognizer of recognizers) {
        if (recognizer.mayMatch !== undefined && !recognizer.mayMatch(features)) continue;
        for (const finding of recognizer.recognize(text)) found.push(finding);
      }
      if (found.length === 0) return [];
      const scored = scoreContext ? scoreContext(text, found) : found;
      const kept = allowList.filter(text, scored).filter((finding) => finding.score >= thresholdFor(finding.label));
      return resolveOverlaps(kept);
    },
  };
}

function withIpOptions(recognizers: readonly Recognizer[], options: IpAddressRecognizerOptions | undefined): readonly Recognizer[] {
  if (options === undefined) return recognizers;
  const configured = createIpAddressRecognizer(options);
  return recognizers.map((recognizer) => (recognizer === ipAddressRecognizer ? configured : recognizer));
}
