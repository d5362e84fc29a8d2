import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { macAddressRecognizer } from './macAddressRecognizer.ts';

function found(text: string): string[] {
  return macAddressRecognizer
    .recognize(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

describe('macAddressRecognizer', () => {
  it('reports exact offsets, raised by a MAC word', () => {
    expect(macAddressRecognizer.recognize('My MAC address is 00:1A:2B:3C:4D:5E')).toEqual([
      { start: 18, end: 35, label: 'MAC_ADDRESS', score: 0.85, recognizer: 'mac_address' },
    ]);
    expect(macAddressRecognizer.recognize('seen 00:1A:2B:3C:4D:5E')[0]?.score).toBe(0.6);
  });

  it.each([
    ['Device MAC: AA:BB:CC:DD:EE:FF', 'AA:BB:CC:DD:EE:FF'],
    ['Lowercase MAC: 01-b3-4a-67-d9-cf', '01-b3-4a-67-d9-cf'],
    ['Mixedcase MAC: 0d-B3-4a-6A-d9-cF', '0d-B3-4a-6A-d9-cF'],
    ['Cisco MAC: 0012.3456.789A', '0012.3456.789A'],
    ['Physical address is aabb.ccdd.eeff', 'aabb.ccdd.eeff'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('finds two in one message', () => {
    expect(found('MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF')).toEqual(['00:11:22:33:44:55', 'AA-BB-CC-DD-EE-FF']);
  });

  it.each([
    ['five groups', 'Not a MAC: 00:1A:2B:3C:4D'],
    ['non-hex', 'Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ'],
    ['broadcast', 'Broadcast: FF:FF:FF:FF:FF:FF'],
    ['all zeros', 'Invalid: 00:00:00:00:00:00'],
    ['mixed separators', '10:2F:33-AC-29-C3'],
    ['a key fingerprint', 'MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48'],
    ['an IPv6 address', 'fe80:0:0:0:200:f8ff:fe21:67cf'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(macAddressRecognizer);
  });
});
