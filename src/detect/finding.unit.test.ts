import { describe, expectTypeOf, it } from 'vitest';
import type { Finding, PiiLabel } from './finding.ts';

describe('Finding', () => {
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
