import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { deSocialSecurityRecognizer } from './deSocialSecurityRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return deSocialSecurityRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('deSocialSecurityRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(deSocialSecurityRecognizer.recognize("65070803A019")).toEqual([
      { start: 0, end: 12, label: 'DE_SOCIAL_SECURITY', score: 0.85, recognizer: deSocialSecurityRecognizer.name },
    ]);
  });

  it.each([
    ["15070649C103", "15070649C103"],
    ["RVNR: 15070649C103 laut Ausweis.", "15070649C103"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a wrong check digit", "15070649C100"],
    ["day 00", "15070049C103"],
    ["a digit for the letter", "150706491103"],
    ["thirteen characters", "15070649C1030"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(deSocialSecurityRecognizer);
  });
});
