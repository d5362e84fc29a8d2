import { describe, expect, it } from 'vitest';
import { createThresholds } from './labelThresholds.ts';

describe('createThresholds', () => {
  it('applies one number to every label', () => {
    const thresholdFor = createThresholds(0.7, 0.5);
    expect(thresholdFor('PHONE')).toBe(0.7);
    expect(thresholdFor('SOME_NEW_LABEL')).toBe(0.7);
  });

  it('takes per-label numbers with a default for the rest', () => {
    const thresholdFor = createThresholds({ default: 0.6, PHONE: 0.8, US_SSN: 0 }, 0.5);
    expect(thresholdFor('PHONE')).toBe(0.8);
    expect(thresholdFor('US_SSN')).toBe(0);
    expect(thresholdFor('EMAIL')).toBe(0.6);
  });

  it('falls back when the record has no default', () => {
    expect(createThresholds({ PHONE: 0.8 }, 0.5)('EMAIL')).toBe(0.5);
  });

  it.each([1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s, naming the label', (value) => {
    expect(() => createThresholds(value, 0.5)).toThrow(RangeError);
    expect(() => createThresholds({ PHONE: value }, 0.5)).toThrow(/minScore\.PHONE/);
  });

  it('rejects a value that is not a number', () => {
    expect(() => createThresholds({ PHONE: '0.5' as unknown as number }, 0.5)).toThrow(RangeError);
  });
});
