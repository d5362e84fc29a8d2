import { describe, expect, it } from 'vitest';
import { profileDefaults, type DetectionProfile } from './detectionProfile.ts';
import { createDetector, defaultRecognizers } from './detector.ts';

const labelsOf = (profile: DetectionProfile, text: string): string[] =>
  createDetector({ profile })
    .detect(text)
    .map((f) => f.label);

describe('detection profiles', () => {
  it('chat (the default) wants a word naming a weakly checked number; strict reports the number alone', () => {
    expect(createDetector().detect('121000358')).toEqual([]);
    expect(labelsOf('chat', '121000358')).toEqual([]);
    expect(labelsOf('chat', 'routing number 121000358')).toEqual(['ABA_ROUTING_NUMBER']);
    expect(labelsOf('strict', '121000358')).toHaveLength(1);
  });

  it('strict still keeps a number the writer named as technical', () => {
    expect(labelsOf('strict', 'build 121000358 is green')).toEqual([]);
    expect(labelsOf('strict', 'order #121000358 shipped')).toEqual([]);
  });

  it('reports published test values only under strict', () => {
    expect(labelsOf('chat', 'card 4242 4242 4242 4242')).toEqual([]);
    expect(labelsOf('strict', 'card 4242 4242 4242 4242')).toEqual(['CREDIT_CARD']);
  });

  it('reports every IP range only under strict', () => {
    for (const text of ['127.0.0.1', 'see 2001:db8::1', 'host=10.0.0.5', 'the edge at 151.101.1.69 flaps']) {
      expect(labelsOf('chat', text), text).toEqual([]);
      expect(labelsOf('strict', text), text).toEqual(['IP_ADDRESS']);
    }
    expect(labelsOf('chat', 'my home ip is 151.101.1.69')).toEqual(['IP_ADDRESS']);
  });

  it('lets an explicit option win over its profile', () => {
    const detector = createDetector({ profile: 'strict', testValues: true, minScore: 0.5 });
    expect(detector.detect('card 4242 4242 4242 4242')).toEqual([]);
    expect(detector.detect('121000358')).toEqual([]);
    expect(createDetector({ ipAddresses: { ignoredRanges: [] } }).detect('my ip is 127.0.0.1').map((f) => f.label)).toEqual(['IP_ADDRESS']);
  });

  it('refuses an unknown profile and contradictory options at construction', () => {
    expect(() => createDetector({ profile: 'paranoid' as DetectionProfile })).toThrow(/profile must be one of chat, strict/);
    expect(() => profileDefaults('loose' as DetectionProfile)).toThrow(RangeError);
    expect(() => createDetector({ recognizers: defaultRecognizers, ipAddresses: {} })).toThrow(/ipAddresses applies to the default recognizers/);
  });
});
