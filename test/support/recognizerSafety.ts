import { expect } from 'vitest';
import type { PatternRecognizer } from '../../src/detect/recognizers/createIdRecognizer.ts';
import { backtrackingRisks } from '../../src/detect/recognizers/patternSafety.ts';
import { ADVERSARIAL_INPUTS } from './adversarialInputs.ts';

export { ADVERSARIAL_INPUTS } from './adversarialInputs.ts';

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
