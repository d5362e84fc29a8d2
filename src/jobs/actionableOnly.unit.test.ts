import { describe, expect, it } from 'vitest';
import type { Detector } from '../detect/detector.ts';
import type { Finding } from '../detect/finding.ts';
import { actionableOnly } from './actionableOnly.ts';

const finding = (label: Finding['label'], start: number): Finding => ({ start, end: start + 5, label, score: 0.9, recognizer: 'test' });

describe('actionableOnly', () => {
  const everything: Detector = {
    detect: () => [finding('PERSON', 0), finding('EMAIL', 10), finding('LOCATION', 20), finding('ADDRESS', 30), finding('DATE_OF_BIRTH', 40)],
  };

  it('drops names and places, keeps identifiers, street addresses and birth dates', () => {
    expect(
      actionableOnly(everything)
        .detect('x')
        .map((f) => f.label),
    ).toEqual(['EMAIL', 'ADDRESS', 'DATE_OF_BIRTH']);
  });

  it('leaves a message with only a name clean', () => {
    const namesOnly: Detector = { detect: () => [finding('PERSON', 0)] };
    expect(actionableOnly(namesOnly).detect('ask Maria')).toEqual([]);
  });
});
