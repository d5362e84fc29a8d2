import { describe, expect, expectTypeOf, it } from 'vitest';
import { createDetector, defaultRecognizers } from './detector.ts';
import type { Finding } from './finding.ts';
import type { Recognizer } from './recognizer.ts';

/** A stand-in for a later recognizer: flags the word "secret". */
const secretRecognizer: Recognizer = {
  name: 'secret',
  labels: ['EMAIL'],
  recognize(text: string): Finding[] {
    return [...text.matchAll(/secret/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      label: 'EMAIL' as const,
      score: 0.8,
      recognizer: 'secret',
    }));
  },
};

describe('Recognizer', () => {
  it('is the shape a detector plugs in', () => {
    expectTypeOf(secretRecognizer.recognize).returns.toEqualTypeOf<Finding[]>();
    const detector = createDetector({ recognizers: [...defaultRecognizers, secretRecognizer] });
    expect(detector.detect('a secret and a@b.com').map((f) => f.recognizer)).toEqual(['secret', 'email']);
  });

  it('every default recognizer names itself on its findings and emits only its labels', () => {
    const text =
      'a@b.com, (415) 555-0132, 4012 8888 8888 1881, 078-05-1123, DE89 3704 0044 0532 0130 00, NINO AB 12 34 56 C, ' +
      'server 212.58.244.20, mac 00:1A:2B:3C:4D:5E';
    const labelsFound = new Set<string>();
    for (const recognizer of defaultRecognizers) {
      const findings = recognizer.recognize(text);
      for (const f of findings) {
        labelsFound.add(f.label);
        expect(f.recognizer).toBe(recognizer.name);
        expect(recognizer.labels).toContain(f.label);
      }
    }
    expect([...labelsFound].sort()).toEqual(['CREDIT_CARD', 'EMAIL', 'IBAN', 'IP_ADDRESS', 'MAC_ADDRESS', 'PHONE', 'UK_NINO', 'US_SSN']);
  });
});
