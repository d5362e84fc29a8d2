import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { trLicensePlateRecognizer } from './trLicensePlateRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return trLicensePlateRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('trLicensePlateRecognizer', () => {
  it('reports exact offsets, label and recognizer', () => {
    expect(trLicensePlateRecognizer.recognize('Araç plakası 34 ABC 1234 olarak kayıtlıdır.')).toEqual([
      { start: 13, end: 24, label: 'TR_LICENSE_PLATE', score: 0.85, recognizer: trLicensePlateRecognizer.name },
    ]);
  });

  it.each([
    ['34 ABC 1234', ['34 ABC 1234']],
    ['06 A 123', ['06 A 123']],
    ['35 JK 12', ['35 JK 12']],
    ['07-AB-123', ['07-AB-123']],
    ['Plaka 34 ABC 1234 ve 06 JK 567', ['34 ABC 1234', '06 JK 567']],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['run together', '34ABC1234', 'plaka 34ABC1234'],
    ['in lower case', '34 abc 1234', 'license plate 34 abc 1234'],
    ['with mixed separators', '34 ABC-1234', 'plate: 34 ABC-1234'],
  ])('believes it %s only with a plate word', (_why, alone, withWord) => {
    expect(found(alone)).toEqual([]);
    expect(found(withWord)).toHaveLength(1);
  });

  it.each([
    ['province 00', '00 ABC 123'],
    ['province 82', '82 ABC 123'],
    ['a letter Turkish plates do not use', '34 QWX 123'],
    ['a memory size and speed', '2 x 16 GB 3200'],
    ['an SQL range', 'WHERE age BETWEEN 18 AND 65'],
    ['a release line', 'Ubuntu 22 LTS 2024 image'],
    ['a digit run', '1234567890'],
    ['five digits', '34 ABC 12345'],
    ['the middle of a MAC address', '10:2F:33-AC-29-C3'],
    ['the middle of a dashed chain', 'id 7F-12-AB-34-CD'],
  ])('ignores %s', (_why, text) => {
    expect(found(text, 0)).toEqual([]);
  });

  it('takes a named run for that run', () => {
    expect(found('run 34 ABC 1234 again')).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(trLicensePlateRecognizer);
  });
});
