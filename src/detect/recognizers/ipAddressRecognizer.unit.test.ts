import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { createIpAddressRecognizer, ipAddressRecognizer } from './ipAddressRecognizer.ts';

const everyRange = createIpAddressRecognizer({ ignoredRanges: [] });

function found(text: string, recognizer = ipAddressRecognizer, minScore = 0.5): string[] {
  return recognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('ipAddressRecognizer', () => {
  it('reports exact offsets, raised by an IP word', () => {
    expect(ipAddressRecognizer.recognize('login from 81.2.69.160 failed')).toEqual([
      { start: 11, end: 22, label: 'IP_ADDRESS', score: 0.6, recognizer: 'ip_address' },
    ]);
    expect(ipAddressRecognizer.recognize('client ip 81.2.69.160')[0]?.score).toBe(0.8);
  });

  it.each([
    ['microsoft.com 192.168.0.1', '192.168.0.1'],
    ['my ip: 684D:1111:222:3333:4444:5555:6:77', '684D:1111:222:3333:4444:5555:6:77'],
    ['2400:c401::5054:ff:fe1b:b031', '2400:c401::5054:ff:fe1b:b031'],
    ['A099::09C0:876A:130B', 'A099::09C0:876A:130B'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
    ['Gateway: fe80::1 on interface', 'fe80::1'],
    ['Mapped: ::ffff:192.168.1.1', '::ffff:192.168.1.1'],
    ['0:0:0:0:0:FFFF:129.144.52.38', '0:0:0:0:0:FFFF:129.144.52.38'],
    ['(192.168.1.1)', '192.168.1.1'],
    ['IP: 192.168.1.1.', '192.168.1.1'],
    ['192.168.2.1@eth0', '192.168.2.1'],
    ['Server IP: 2400:c401::5054:ff:fe1b:b031.', '2400:c401::5054:ff:fe1b:b031'],
    ['foo2001:db8::10.0.0.1', '10.0.0.1'],
    ['Multicast ff02::1', 'ff02::1'],
    ['Broadcast 255.255.255.255', '255.255.255.255'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['three parts', 'my ip: 192.168.0'],
    ['seven groups', '684D:1111:222:3333:4444:5555:77'],
    ['a MAC address', 'MAC address aa:bb:cc:dd:ee:ff'],
    ['a time', 'Time 12:34:56'],
    ['a ratio', 'Ratio 1:2:3:4'],
    ['a colour', 'CSS color #ff00aa'],
    ['a version', 'Version 1.2.3'],
    ['a four-part version', 'version 4.8.1.0'],
    ['ports', 'Port 80:443'],
    ['a C++ scope', 'std::cout and MyClass::toString'],
    ['a file URL', 'file:///path/to/file'],
    [':::', ':::'],
    ['glued to letters', 'IP192.168.1.1text'],
    ['glued on the left', 'text192.168.1.1'],
    ['an IPv6 glued to letters', 'fe80::1text'],
    ['an octet over 255', '192.168.1.256'],
    ['two "::"', '2001::25de::cade'],
    ['a five-part dotted number', '1.3.6.1.4'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('ignores loopback, documentation and unspecified addresses unless configured', () => {
    for (const text of ['localhost 127.0.0.1', 'my ip: ::1', '2001:db8::1', '192.0.2.44', 'Default 0.0.0.0', '::']) {
      expect(found(text), text).toEqual([]);
      expect(found(text, everyRange, 0), text).toHaveLength(1);
    }
  });

  it('keeps a prefix length that fits the family and drops one that does not', () => {
    expect(found('81.2.69.0/24 is theirs')).toEqual(['81.2.69.0/24']);
    expect(found('2400:c401::/32')).toEqual(['2400:c401::/32']);
    expect(found('10.0.0.0/123', everyRange, 0)).toEqual(['10.0.0.0']);
    expect(found('2001:db8::/9999', everyRange)).toEqual(['2001:db8::']);
    expect(found('fe80::1%eth0/64', everyRange, 0)).toEqual(['fe80::1%eth0/64']);
  });

  it.each([
    'DATABASE_URL=postgres://app@10.0.0.5:5432/orders',
    'redis at 10.0.3.17:6379',
    'db_host: 172.16.4.21',
    '{"host": "10.1.2.3"}',
    'ssh deploy@10.12.0.4',
    'curl http://192.168.1.20/metrics',
    'the pod CIDR is 10.244.0.0/16',
    '[fe80::1]:8080',
  ])('does not report a private address written as configuration: %j', (text) => {
    expect(found(text)).toEqual([]);
    expect(found(text, createIpAddressRecognizer({ reportPrivateInConfig: true }))).toHaveLength(1);
  });

  it('still reports a public address in configuration', () => {
    expect(found('upstream: 81.2.69.160:443')).toEqual(['81.2.69.160']);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(ipAddressRecognizer);
  });
});
