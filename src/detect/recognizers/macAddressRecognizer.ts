import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { contextPattern } from './contextPattern.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { mayMatchAny } from './patternNeeds.ts';

/** Six hex pairs with one separator throughout, not part of a longer colon or dash run (a fingerprint, an IPv6 address). */
const PAIRS = /(?<![\p{L}\p{N}_:.-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\p{L}\p{N}_]|[:-][0-9A-Fa-f])/gu;
/** Cisco's three dotted groups of four. */
const DOTTED = /(?<![\p{L}\p{N}_.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\p{L}\p{N}_]|\.[0-9A-Fa-f])/gu;

const MAC_CONTEXT = contextPattern(['mac', 'mac address', 'hardware address', 'physical address', 'ethernet', 'wifi', 'wi-fi', 'bssid', 'nic', 'device']);

/** Presidio's score for the layout; a MAC word makes it certain enough to act on. */
const SCORES = { alone: 0.6, withContext: 0.85 };

/**
 * MAC addresses (a device identifier, personal data when the device is someone's phone or
 * laptop): colon, dash or Cisco-dotted layouts. The broadcast and all-zero addresses identify
 * nothing.
 */
export const macAddressRecognizer: PatternRecognizer = {
  name: 'mac_address',
  labels: ['MAC_ADDRESS'],
  patterns: [PAIRS, DOTTED],
  // Five colons or dashes between the pairs, or two dots between Cisco's groups.
  mayMatch: (features) => (features.colons >= 5 || features.dashes >= 5 || features.dots >= 2) && mayMatchAny([PAIRS, DOTTED], features),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const pattern of [PAIRS, DOTTED]) {
      for (const m of text.matchAll(pattern)) {
        const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
        if (/^(?:0{12}|f{12})$/.test(hex)) continue;
        const start = m.index;
        const end = start + m[0].length;
        const score = hasNearbyContext(text, start, end, MAC_CONTEXT) ? SCORES.withContext : SCORES.alone;
        findings.push({ start, end, label: 'MAC_ADDRESS', score, recognizer: 'mac_address' });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
