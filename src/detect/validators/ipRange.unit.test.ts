import { describe, expect, it } from 'vitest';
import { parseIpv4, parseIpv6 } from './ipAddress.ts';
import { ipRangeOf } from './ipRange.ts';

const rangeOf = (text: string): string => ipRangeOf((text.includes(':') ? parseIpv6(text) : parseIpv4(text)) ?? []);

describe('ipRangeOf', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['81.2.69.160', 'public'],
    ['10.0.0.5', 'private'],
    ['172.16.4.21', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.1.1', 'linkLocal'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.251', 'multicast'],
    ['2400:c401::5054:ff:fe1b:b031', 'public'],
    ['2001:db8::1', 'documentation'],
    ['3fff:1::1', 'documentation'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00:1234::1', 'private'],
    ['ff02::1', 'multicast'],
  ])('%s is %s', (address, range) => {
    expect(rangeOf(address)).toBe(range);
  });

  it.each([
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:0:192.168.1.1', 'private'],
    ['64:ff9b::192.0.2.1', 'documentation'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['::10.0.0.1', 'private'],
  ])('judges the IPv4 address inside %s: %s', (address, range) => {
    expect(rangeOf(address)).toBe(range);
  });
});
