import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/appError.ts';
import type { Detector } from '../detect/detector.ts';
import type { Finding } from '../detect/finding.ts';
import { scanJsonLine } from './scanJsonLine.ts';

/** Reports a fixed finding on any text containing "pii", so the test is about the line, not detection. */
const detector: Detector = {
  detect: (text): Finding[] =>
    text.includes('pii') ? [{ start: 0, end: 3, label: 'EMAIL', score: 0.9, recognizer: 'fixed', extra: 'not copied' } as Finding] : [],
};

function refusal(line: string, lineNumber = 4): string {
  try {
    scanJsonLine(detector, line, lineNumber);
  } catch (error) {
    if (isAppError(error) && error.code === 'SCAN_JSONL_INVALID') return error.message;
    throw error;
  }
  throw new Error(`accepted ${line}`);
}

describe('scanJsonLine', () => {
  it('answers {"id","spans"} with start, end, label and score only', () => {
    expect(scanJsonLine(detector, '{"id":"c1","text":"pii here","spans":[],"scope":["EMAIL"]}', 1)).toEqual({
      output: '{"id":"c1","spans":[{"start":0,"end":3,"label":"EMAIL","score":0.9}]}',
      containsPii: true,
    });
    expect(scanJsonLine(detector, '{"id":2,"text":"nothing"}', 1)).toEqual({ output: '{"id":2,"spans":[]}', containsPii: false });
  });

  it('skips blank lines', () => {
    expect(scanJsonLine(detector, '   ', 1)).toBeUndefined();
  });

  it('names the line and the problem', () => {
    expect(refusal('{oops')).toMatch(/^line 4: not JSON/);
    expect(refusal('"text"')).toBe('line 4: expected an object {"id", "text"}');
    expect(refusal('{"text":"x"}')).toBe('line 4: id is required');
    expect(refusal('{"id":true,"text":"x"}')).toBe('line 4: id must be a string or a number');
    expect(refusal('{"id":"a","text":5}')).toBe('line 4: text must be a string');
  });
});
