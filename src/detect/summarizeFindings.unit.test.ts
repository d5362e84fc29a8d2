import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.ts';
import { summarizeLabels } from './summarizeFindings.ts';

describe('summarizeLabels', () => {
  it('counts findings per label', () => {
    const findings: Finding[] = [
      { start: 0, end: 5, label: 'PHONE', score: 0.7, recognizer: 'phone' },
      { start: 6, end: 9, label: 'EMAIL', score: 0.95, recognizer: 'email' },
      { start: 10, end: 15, label: 'PHONE', score: 0.9, recognizer: 'phone' },
    ];
    expect(summarizeLabels(findings)).toEqual({ PHONE: 2, EMAIL: 1 });
  });

  it('is empty for no findings', () => {
    expect(summarizeLabels([])).toEqual({});
  });
});
