import { describe, expect, it } from 'vitest';
import { parseIpv4, parseIpv6 } from './ipAddress.ts';

describe('parseIpv4', () => {
  it('returns the four bytes', () => {
    expect(parseIpv4('192.168.0.1')).toEqual([192, 168, 0, 1]);
    expect(parseIpv4('0.0.0.0')).toEqual([0, 0, 0, 0]);
  });

  it.each(['256.1.1.1', '192.168.1', '1.2.3.4.5', '01.2.3.4', '1.2.3.a', ''])('rejects %j', (text) => {
    expect(parseIpv4(text)).toBeUndefined();
  });
});

describe('parseIpv6', () => {
  const groups = (text: string): string | undefined => {
    const bytes = parseIpv6(text);
    if (!bytes) return undefined;
    const out: string[] = [];
    for (let i = 0; i < 16; i += 2) out.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
    return out.join(':');
  };

  it.each([
    ['684D:1111:222:3333:4444:5555:6:77', '684d:1111:222:3333:4444:5555:6:77'],
    ['2001:db8::1', '2001:db8:0:0:0:0:0:1'],
    ['::1', '0:0:0:0:0:0:0:1'],
    ['::', '0:0:0:0:0:0:0:0'],
    ['fe80::', 'fe80:0:0:0:0:0:0:0'],
    ['::ffff:192.0.2.1', '0:0:0:0:0:ffff:c000:201'],
    ['0:0:0:0:0:FFFF:129.144.52.38', '0:0:0:0:0:ffff:8190:3426'],
  ])('expands %s', (text, expanded) => {
    expect(groups(text)).toBe(expanded);
  });

  it.each([
    ['seven groups', '684D:1111:222:3333:4444:5555:77'],
    ['two "::"', '2001::db8::1'],
    ['a five-digit group', '12345:db8::1'],
    ['non-hex', 'gggg:hhhh::1234'],
    ['a bad embedded IPv4', '::ffff:256.0.0.1'],
    ['an IPv4 not at the end', '::1.2.3.4:1'],
    ['":::"', ':::'],
    ['a time', '12:34:56'],
    ['a MAC address', 'aa:bb:cc:dd:ee:ff'],
    ['"::" standing for nothing', '1:2:3:4::5:6:7:8'],
  ])('rejects %s', (_why, text) => {
    expect(parseIpv6(text)).toBeUndefined();
  });
});
