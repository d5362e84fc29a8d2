import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { seOrganisationsnummerRecognizer } from './seOrganisationsnummerRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return seOrganisationsnummerRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('seOrganisationsnummerRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(seOrganisationsnummerRecognizer.recognize("orgnr 556703-7485")).toEqual([
      { start: 6, end: 17, label: 'SE_ORGANISATIONSNUMMER', score: 0.9, recognizer: seOrganisationsnummerRecognizer.name },
    ]);
  });

  it.each([
    ["212000-0142", "212000-0142"],
    ["556703-7485 är vårt orgnummer.", "556703-7485"],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a personnummer", "19000309-3393"],
    ["a letter inside", "55670x-7485"],
    ["a failed Luhn check", "556703-7486"],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs a word naming it for ten bare digits', () => {
    expect(found("5567037485")).toEqual([]);
    expect(seOrganisationsnummerRecognizer.recognize("5567037485")[0]?.score).toBeLessThan(0.5);
    expect(found("orgnummer 5567037485")).toEqual(["5567037485"]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(seOrganisationsnummerRecognizer);
  });
});
