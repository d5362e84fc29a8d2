import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../test/support/presidioCorpus.ts';
import { defaultRecognizers } from '../detector.ts';
import { textFeatures } from '../textFeatures.ts';
import { DIGITS_END, DIGITS_START, WORD_END, WORD_START, idPattern } from './idPattern.ts';
import { mayMatchAny, meetsNeeds, patternNeeds } from './patternNeeds.ts';

describe('patternNeeds', () => {
  it('reads what a bare digit form needs: its digits, in one whole run of that length', () => {
    const needs = patternNeeds(idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END));
    expect(needs).toMatchObject({ digits: 9, digitRun: 9, alnumRun: 9, groupedDigits: 9, grouped: 'spaced' });
    expect(meetsNeeds(needs, textFeatures('ssn 078051123'))).toBe(true);
    expect(meetsNeeds(needs, textFeatures('build 0780511230, port 8080'))).toBe(false);
  });

  it('reads grouped forms: all digits in one group joined by single separators', () => {
    const dashed = patternNeeds(idPattern(DIGITS_START, String.raw`\d{3}([ -])\d{3}\1\d{4}`, DIGITS_END));
    expect(dashed).toMatchObject({ digits: 10, digitRun: 4, groupedDigits: 10, grouped: 'spaced' });
    expect(meetsNeeds(dashed, textFeatures('NHS 401 023 2137'))).toBe(true);
    expect(meetsNeeds(dashed, textFeatures('at 10:30 on 2024-06-11, 4 pods'))).toBe(false);
    const colons = patternNeeds(idPattern(DIGITS_START, String.raw`\d{4}([ :-])\d{4}\1\d{4}`, DIGITS_END));
    expect(colons.grouped).toBe('separated');
  });

  it('reads letters and digits side by side, and the run of letters and digits they make', () => {
    const needs = patternNeeds(idPattern(WORD_START, String.raw`(?:[STFGM]\d{7}[A-Z]|[stfgm]\d{7}[a-z])`, WORD_END));
    expect(needs).toMatchObject({ digits: 7, digitRun: 7, alnumRun: 9, alnumRunWithDigit: 9, letterDigit: true, digitLetter: true });
    expect(meetsNeeds(needs, textFeatures('NRIC S1234567D'))).toBe(true);
    expect(meetsNeeds(needs, textFeatures('notifications 1234567'))).toBe(false);
  });

  it('needs nothing it cannot read, so it never rules a text out wrongly', () => {
    // \w is not enumerated: it may be "_", so it counts as no letter or digit.
    expect(patternNeeds(/\w{20}\d/)).toMatchObject({ digits: 1, digitRun: 1, alnumRun: 1, alnumRunWithDigit: 1 });
    // With both i and u, [a-z] also matches the Kelvin sign: letters count for nothing then.
    expect(patternNeeds(/[a-z]{5}\d/iu).alnumRun).toBe(1);
    expect(patternNeeds(/[a-z]{5}\d/i).alnumRun).toBe(6);
    // Without the u flag, \p{N} in a lookbehind is no property and fences nothing.
    expect(patternNeeds(new RegExp(String.raw`(?<![\p{N}])\d{9}(?![\p{N}])`, 'g')).digitRunMask).toBeUndefined();
  });

  it('holds for every match of every pattern of the default recognizers in the corpus', () => {
    const patterns = defaultRecognizers.flatMap((r) => ('patterns' in r ? (r.patterns as readonly RegExp[]) : []));
    expect(patterns.length).toBeGreaterThan(50);
    const texts = loadCorpus().map((c) => c.text);
    let matches = 0;
    for (const pattern of patterns) {
      const needs = patternNeeds(pattern);
      const scan = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const text of texts) {
        for (const m of text.matchAll(scan)) {
          if (m[0] === '') continue;
          matches++;
          // The match alone, and the text around it, both have what the pattern needs.
          expect(meetsNeeds(needs, textFeatures(text)), `/${pattern.source}/ in ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1_000);
  });

  it('mayMatchAny is true when one of the patterns may match', () => {
    const nine = idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END);
    const thirteen = idPattern(DIGITS_START, String.raw`\d{13}`, DIGITS_END);
    expect(mayMatchAny([nine, thirteen], textFeatures('id 1234567890123'))).toBe(true);
    expect(mayMatchAny([nine, thirteen], textFeatures('id 1234567890'))).toBe(false);
  });
});
