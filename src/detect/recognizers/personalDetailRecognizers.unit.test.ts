import { describe, expect, it } from 'vitest';
import { expectLinearPatterns } from '../../../test/support/recognizerSafety.ts';
import { textFeatures } from '../textFeatures.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { personalDetailRecognizers } from './personalDetailRecognizers.ts';

describe('personalDetailRecognizers', () => {
  it('has unique names, linear patterns, and is frozen', () => {
    const names = personalDetailRecognizers.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const recognizer of personalDetailRecognizers) expectLinearPatterns(recognizer as PatternRecognizer);
    expect(Object.isFrozen(personalDetailRecognizers)).toBe(true);
  });

  it('each names itself on its findings, emits only its labels, and passes its gate when it finds something', () => {
    const text = [
      'Hi, my name is Dan Tailor, DOB 04/03/1985.',
      'I live at 221B Baker Street, London NW1 6XE; I grew up in Cork.',
      'Jenkins is green, deploying to Dublin on 2024-06-11.',
    ].join(' ');
    const labels = new Set<string>();
    for (const recognizer of personalDetailRecognizers) {
      const findings = recognizer.recognize(text);
      if (findings.length > 0) expect(recognizer.mayMatch?.(textFeatures(text)) ?? true, recognizer.name).toBe(true);
      for (const f of findings) {
        expect(f.recognizer).toBe(recognizer.name);
        expect(recognizer.labels).toContain(f.label);
        labels.add(f.label);
      }
    }
    expect([...labels].sort()).toEqual(['ADDRESS', 'DATE_OF_BIRTH', 'LOCATION', 'PERSON']);
  });
});
