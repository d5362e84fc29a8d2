import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS } from '../../../test/support/recognizerSafety.ts';
import { nationalIdRecognizers } from './nationalIdRecognizers.ts';
import { secretRecognizers } from './secretRecognizers.ts';

/**
 * The one wall-clock guard. Each recognizer test already checks its patterns are in the linear
 * subset; this runs every recognizer over every adversarial input once and allows a generous
 * second per call (the product target is 100 ms for normal messages, on one core), so it only
 * fails on a real regression, such as a pattern that went quadratic, not on a slow CI machine.
 */
const BOUND_MS = 1_000;

describe('recognizers on adversarial input', () => {
  it.each([...nationalIdRecognizers, ...secretRecognizers].map((r) => [r.name, r] as const))(
    '%s answers each input within the bound',
    (_name, recognizer) => {
      const slow: string[] = [];
      for (const [name, text] of ADVERSARIAL_INPUTS) {
        const started = performance.now();
        recognizer.recognize(text);
        const elapsed = performance.now() - started;
        if (elapsed > BOUND_MS) slow.push(`${name}: ${Math.round(elapsed)} ms`);
      }
      expect(slow).toEqual([]);
    },
  );
});
