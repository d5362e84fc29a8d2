import { describe, expect, it } from 'vitest';
import type { Detector } from '../detect/detector.ts';
import type { Finding } from '../detect/finding.ts';
import { scanText } from './scanText.ts';

describe('scanText', () => {
  it('masks each value, counts labels and copies no field it does not know', () => {
    const text = 'mail m.okafor@globex-mail.com or m.okafor@globex-mail.com';
    const detector: Detector = {
      detect: () =>
        [
          { start: 5, end: 29, label: 'EMAIL', score: 0.9, recognizer: 'email', context: 'mail' },
          { start: 33, end: 57, label: 'EMAIL', score: 0.9, recognizer: 'email' },
        ] as Finding[],
    };
    const result = scanText(detector, text);
    expect(result).toEqual({
      findings: [
        { start: 5, end: 29, label: 'EMAIL', score: 0.9, recognizer: 'email', maskedValue: 'm.******@******-****.***' },
        { start: 33, end: 57, label: 'EMAIL', score: 0.9, recognizer: 'email', maskedValue: 'm.******@******-****.***' },
      ],
      counts: { EMAIL: 2 },
      containsPii: true,
    });
    expect(JSON.stringify(result)).not.toContain('okafor');
  });

  it('says when there is nothing', () => {
    expect(scanText({ detect: () => [] }, 'hello')).toEqual({ findings: [], counts: {}, containsPii: false });
  });
});
