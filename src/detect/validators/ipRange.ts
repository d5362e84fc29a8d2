/**
 * What an address is for. `public` is everything else: the addresses that identify a subscriber's
 * connection and are personal data under GDPR.
 */
export type IpRange =
  | 'public'
  | 'private'
  | 'loopback'
  | 'linkLocal'
  | 'documentation'
  | 'unspecified'
  | 'multicast'
  | 'broadcast';

/** The range of an IPv4 address (4 bytes) or an IPv6 address (16 bytes). */
export function ipRangeOf(bytes: readonly number[]): IpRange {
  return bytes.length === 4 ? ipv4RangeOf(bytes) : ipv6RangeOf(bytes);
}

function ipv4RangeOf(b: readonly number[]): IpRange {
  const [a = 0, c = 0, d = 0] = b;
  if (b.every((x) => x === 0)) return 'unspecified';
  if (b.every((x) => x === 255)) return 'broadcast';
  if (a === 127) return 'loopback';
  // 0.0.0.0/8 is "this network": a placeholder, never a host on the internet.
  if (a === 0) return 'unspecified';
  // RFC 1918, and RFC 6598's carrier-grade NAT space.
  if (a === 10 || (a === 172 && c >= 16 && c <= 31) || (a === 192 && c === 168) || (a === 100 && c >= 64 && c <= 127)) {
    return 'private';
  }
  if (a === 169 && c === 254) return 'linkLocal';
  // RFC 5737 TEST-NET-1/2/3, RFC 6676 MCAST-TEST-NET, RFC 2544 benchmarking.
  if ((a === 192 && c === 0 && d === 2) || (a === 198 && c === 51 && d === 100) || (a === 203 && c === 0 && d === 113)) {
    return 'documentation';
  }
  if (a === 233 && c === 252 && d === 0) return 'documentation';
  if (a === 198 && (c === 18 || c === 19)) return 'documentation';
  if (a >= 224 && a <= 239) return 'multicast';
  return 'public';
}

function ipv6RangeOf(b: readonly number[]): IpRange {
  const group = (i: number): number => ((b[2 * i] ?? 0) << 8) | (b[2 * i + 1] ?? 0);
  const zerosUpTo = (n: number): boolean => b.slice(0, n).every((x) => x === 0);
  if (zerosUpTo(16)) return 'unspecified';
  if (zerosUpTo(15) && b[15] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and
  // the deprecated IPv4-compatible (::a.b.c.d) forms carry an IPv4 address: judge that one.
  const mapped = zerosUpTo(10) && group(5) === 0xffff;
  const translated = zerosUpTo(8) && group(4) === 0xffff && group(5) === 0;
  const nat64 = group(0) === 0x64 && group(1) === 0xff9b && b.slice(4, 12).every((x) => x === 0);
  if (mapped || translated || nat64 || zerosUpTo(12)) return ipv4RangeOf(b.slice(12));
  const first = group(0);
  // RFC 3849 (2001:db8::/32) and RFC 9637 (3fff::/20).
  if ((first === 0x2001 && group(1) === 0x0db8) || (first & 0xfff0) === 0x3ff0) return 'documentation';
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'linkLocal';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}
