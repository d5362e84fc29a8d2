import type { IpAddressRecognizerOptions } from './recognizers/ipAddressRecognizer.ts';
import type { MinScore } from './scoring/labelThresholds.ts';
import type { TestValueSettings } from './scoring/testValues.ts';

/**
 * What the detector is guarding, which decides how much evidence a finding needs.
 *
 * - `chat` (the default): team chat, where a finding deletes someone's message. Digits that only
 *   pass a weak checksum need a word naming the id nearby ("routing 121000358"), because chat is full
 *   of 9- to 13-digit build, order and job numbers and one in ten passes any such check; published
 *   test values (4242… cards, 555-01xx phones) are not personal data; an IP address needs context
 *   ("my ip is …"), and loopback, documentation and unspecified addresses, or private ones in config
 *   syntax, are never reported.
 * - `strict`: data at rest, exports, logs and files bound for a third party, where a miss costs more
 *   than a second look. Everything a validator accepts is reported, as Presidio does: a bare
 *   checksum-valid number, test values, every IP address in every range.
 */
export type DetectionProfile = 'chat' | 'strict';

export const DETECTION_PROFILES: readonly DetectionProfile[] = Object.freeze(['chat', 'strict'] as const);

export interface ProfileDefaults {
  minScore: MinScore;
  testValues: TestValueSettings;
  /** Options for the IP address recognizer; undefined keeps the default one. */
  ipAddresses: IpAddressRecognizerOptions | undefined;
}

/** The default threshold; what the score tiers of the recognizers are built around. */
export const DEFAULT_MIN_SCORE = 0.5;

/**
 * A public IP address is personal data when it is someone's connection ("my home ip is …", 0.8 with
 * the context word) but in team chat it is mostly a server ("the CDN edge at … is flapping", 0.6):
 * only the first is reported in chat.
 */
const CHAT: ProfileDefaults = Object.freeze({
  minScore: Object.freeze({ default: DEFAULT_MIN_SCORE, IP_ADDRESS: 0.75 }),
  testValues: true,
  ipAddresses: undefined,
});

/**
 * 0.4 is the tier of a bare digit run that passes its id's check (`ID_SCORES.bare`); a technical
 * name right before it ("build 121000358", 0.1) still keeps it out.
 */
const STRICT: ProfileDefaults = Object.freeze({
  minScore: 0.4,
  testValues: false,
  ipAddresses: Object.freeze({ ignoredRanges: [], reportPrivateInConfig: true }),
});

export function profileDefaults(profile: DetectionProfile): ProfileDefaults {
  if (profile === 'chat') return CHAT;
  if (profile === 'strict') return STRICT;
  throw new RangeError(`profile must be one of ${DETECTION_PROFILES.join(', ')}, got ${String(profile)}`);
}
