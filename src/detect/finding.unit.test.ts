import { describe, expectTypeOf, it } from 'vitest';
import type { Finding, PiiLabel } from './finding.ts';

describe('Finding', () => {
  it('labels are the five we detect', () => {
    expectTypeOf<PiiLabel>().toEqualTypeOf<'EMAIL' | 'PHONE' | 'CREDIT_CARD' | 'US_SSN' | 'IBAN'>();
  });

  it('carries offsets, label, score and recognizer', () => {
    expectTypeOf<Finding>().toEqualTypeOf<{
      start: number;
      end: number;
      label: PiiLabel;
      score: number;
      recognizer: string;
    }>();
  });
});
