import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../scan/scanText.ts';
import { createLineLocator, formatHuman, formatJson } from './formatScanResult.ts';

const TEXT = 'hi\nmail m.okafor@globex-mail.com';
const RESULT: ScanResult = {
  findings: [{ start: 8, end: 32, label: 'EMAIL', score: 0.95, recognizer: 'email', maskedValue: 'm.******@******-****.***' }],
  counts: { EMAIL: 1 },
  containsPii: true,
};

describe('formatHuman', () => {
  it('lists label, line:column, offsets, masked value, score and recognizer', () => {
    expect(formatHuman(RESULT, TEXT, { showValues: false })).toBe(
      '1 finding (EMAIL 1)\n  EMAIL  2:6  8-32  m.******@******-****.***  score 0.95  email\n',
    );
  });

  it('shows the value, JSON-quoted, only when asked', () => {
    expect(formatHuman(RESULT, TEXT, { showValues: true })).toContain('"m.okafor@globex-mail.com"');
    expect(formatHuman(RESULT, TEXT, { showValues: false })).not.toContain('okafor');
  });

  it('says when there is nothing', () => {
    expect(formatHuman({ findings: [], counts: {}, containsPii: false }, 'x', { showValues: false })).toBe('No PII found.\n');
  });
});

describe('formatJson', () => {
  it('prints findings without values, and counts', () => {
    expect(JSON.parse(formatJson(RESULT, TEXT, { showValues: false }))).toEqual({
      findings: [{ start: 8, end: 32, label: 'EMAIL', score: 0.95, recognizer: 'email' }],
      counts: { EMAIL: 1 },
    });
  });

  it('adds the value under --show-values', () => {
    expect(JSON.parse(formatJson(RESULT, TEXT, { showValues: true })).findings[0].value).toBe('m.okafor@globex-mail.com');
  });
});

describe('createLineLocator', () => {
  it('finds 1-based lines and columns', () => {
    const locate = createLineLocator('ab\ncd\n\nef');
    expect([0, 1, 2, 3, 5, 6, 7, 8].map((offset) => locate(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
