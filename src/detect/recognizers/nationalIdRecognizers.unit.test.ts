import { describe, expect, it } from 'vitest';
import { expectLinearPatterns } from '../../../test/support/recognizerSafety.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { nationalIdRecognizers } from './nationalIdRecognizers.ts';
import { secretRecognizers } from './secretRecognizers.ts';

describe.each([
  ['nationalIdRecognizers', nationalIdRecognizers],
  ['secretRecognizers', secretRecognizers],
])('%s', (_name, recognizers) => {
  it('has unique names', () => {
    const names = recognizers.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('exposes only linear patterns', () => {
    for (const recognizer of recognizers) expectLinearPatterns(recognizer as PatternRecognizer);
  });

  it('is frozen, so the lead registers exactly this list', () => {
    expect(Object.isFrozen(recognizers)).toBe(true);
  });
});

describe('nationalIdRecognizers', () => {
  it('each recognizer names itself on its findings and emits only its labels', () => {
    const text = [
      'SSN-free sample: NINO AB 12 34 56 C, NHS 401-023-2137, NIF 12345678Z, NIE X9613851N,',
      'CF RSSMRA85T10A562S, hetu 131052-308T, PESEL 44051401458, TCKN 10000000146, ABN 51 824 753 556,',
      'RRN 960121-1021413, Aadhaar 3123 4567 8909, PAN ABCPD1234Z, IP 81.2.69.160, MAC 00:1A:2B:3C:4D:5E,',
      'BTC 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, ITIN 911-70-1234, KVNR A123456780, passport A12803456',
    ].join(' ');
    for (const recognizer of nationalIdRecognizers) {
      for (const f of recognizer.recognize(text)) {
        expect(f.recognizer).toBe(recognizer.name);
        expect(recognizer.labels).toContain(f.label);
      }
    }
  });
});

describe('secretRecognizers', () => {
  it('all report the one label SECRET', () => {
    for (const recognizer of secretRecognizers) expect(recognizer.labels).toEqual(['SECRET']);
  });
});
