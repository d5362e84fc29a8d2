import { expect } from 'vitest';
import type { PatternRecognizer } from '../../src/detect/recognizers/createIdRecognizer.ts';
import { backtrackingRisks } from '../../src/detect/recognizers/patternSafety.ts';

/**
 * Inputs built to make a backtracking regex engine stall: long runs of near-matches for every
 * layout the recognizers look for (digits, separators, hex, base58, prefixes, PEM headers,
 * assignments), about 50,000 characters each.
 */
export const ADVERSARIAL_INPUTS: readonly (readonly [name: string, text: string])[] = Object.freeze([
  ['letters', 'a'.repeat(50_000)],
  ['upper-case letters', 'A'.repeat(50_000)],
  ['digits', '1'.repeat(50_000)],
  ['digit-dash pairs', '0-'.repeat(20_000)],
  ['spaced digits', '1 '.repeat(25_000)],
  ['digit groups', '1234 '.repeat(10_000)],
  ['dashed groups', '123-'.repeat(12_500)],
  ['dotted digits', '1.'.repeat(25_000)],
  ['dotted quads run on', '192.168.1.'.repeat(5_000)],
  ['colons', ':'.repeat(50_000)],
  ['hex and colons', 'ff:'.repeat(16_000)],
  ['digits and colons', '1:'.repeat(25_000)],
  ['hex pairs and dashes', 'aa-'.repeat(16_000)],
  ['AKIA repeated', 'AKIA'.repeat(10_000)],
  ['letter-digit mix', 'AB12'.repeat(12_000)],
  ['NRIC-like', 'S1234567'.repeat(6_000)],
  ['id prefix and digits', 'X1234567-'.repeat(5_000)],
  ['JWT prefix', `eyJ${'a'.repeat(50_000)}`],
  ['JWT fragments', 'eyJa.'.repeat(10_000)],
  ['PEM headers', '-----BEGIN PRIVATE KEY-----'.repeat(2_000)],
  ['PEM body without end', `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(50_000)}`],
  ['assignments', 'password='.repeat(5_000)],
  ['key names', 'api_key_'.repeat(6_000)],
  ['snake case run', `${'a_'.repeat(25_000)}=`],
  ['Slack token prefixes', 'xoxb-1234567-'.repeat(4_000)],
  ['GitHub prefixes', 'ghp_'.repeat(12_000)],
  ['Slack hook prefixes', 'https://hooks.slack.com/services/T'.repeat(1_500)],
  ['URL schemes', `${'ab://'.repeat(10_000)}x:y`],
  ['bearer words', 'Bearer '.repeat(7_000)],
  ['bech32 prefixes', 'bc1'.repeat(16_000)],
  ['base58 run', `1${'A'.repeat(50_000)}`],
  ['0x and hex', `0x${'a'.repeat(50_000)}`],
  ['accented letters', 'é'.repeat(50_000)],
  ['Devanagari digits', '१'.repeat(50_000)],
]);

/**
 * The structural guarantee: every pattern the recognizer scans with is in the linear subset
 * (`backtrackingRisks` finds nothing), so no input can make it backtrack catastrophically.
 */
export function expectLinearPatterns(recognizer: PatternRecognizer): void {
  expect(recognizer.patterns.length, `${recognizer.name} exposes its patterns`).toBeGreaterThan(0);
  for (const pattern of recognizer.patterns) {
    expect(backtrackingRisks(pattern), `${recognizer.name}: /${pattern.source}/`).toEqual([]);
  }
}

/**
 * Runs every adversarial input through the recognizer and checks the answer is well formed: spans
 * inside the text, in order of the recognizer's own labels. Together with `expectLinearPatterns`
 * this is the per-recognizer safety test; wall time is measured in benchmarks, not asserted.
 */
export function expectSafeOnAdversarialInputs(recognizer: PatternRecognizer): void {
  expectLinearPatterns(recognizer);
  for (const [name, text] of ADVERSARIAL_INPUTS) {
    const findings = recognizer.recognize(text);
    expect(Array.isArray(findings), name).toBe(true);
    for (const f of findings) {
      expect(f.start >= 0 && f.start < f.end && f.end <= text.length, `${recognizer.name} on ${name}`).toBe(true);
      expect(recognizer.labels, `${recognizer.name} on ${name}`).toContain(f.label);
    }
  }
}
