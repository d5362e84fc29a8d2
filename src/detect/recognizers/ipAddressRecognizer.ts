import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { parseIpv4, parseIpv6 } from '../validators/ipAddress.ts';
import { ipRangeOf, type IpRange } from '../validators/ipRange.ts';
import { contextPattern } from './contextPattern.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';

export interface IpAddressRecognizerOptions {
  /**
   * Ranges never reported. Default `DEFAULT_IGNORED_IP_RANGES`: loopback, documentation and
   * unspecified addresses identify nobody. Pass `[]` to report every valid address.
   */
  ignoredRanges?: readonly IpRange[];
  /**
   * Whether a private or link-local address written as configuration ("10.0.0.5:5432",
   * "host=10.0.0.5", "db_host: 10.0.0.5", "ssh ops@10.0.0.5", "http://10.0.0.5/", or a network
   * with its prefix length, "10.96.0.0/12") is reported. Default false: it names a machine or a
   * subnet of an internal network, and pasting configs is everyday chat.
   */
  reportPrivateInConfig?: boolean;
}

export const DEFAULT_IGNORED_IP_RANGES: readonly IpRange[] = Object.freeze(['loopback', 'documentation', 'unspecified'] as const);

/**
 * A run of the characters an IPv6 address is written with, not glued to a word on the left. The
 * parser decides; the pattern only finds where to look.
 */
const IPV6_RUN = /(?<![\p{L}\p{N}_:.%])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/gu;
/**
 * Four dotted numbers, not glued to a word and not part of a longer dotted run (a version
 * "1.2.3.4.5" or an SNMP OID "1.3.6.1.4.1" is not an address).
 */
const IPV4 = /(?<![\p{L}\p{N}_.])\d{1,3}(?:\.\d{1,3}){3}(?![\p{L}\p{N}_]|\.\d)/gu;
/** The longest IPv6 text form, 45 characters, plus room for a sentence's trailing dots. */
const MAX_IPV6_RUN = 48;
const ZONE = /^%[\p{L}\p{N}_.-]{1,32}/u;
const PREFIX_LENGTH = /^\/(\d{1,3})(?![\p{L}\p{N}_])/u;

const IP_CONTEXT = contextPattern([
  'ip', 'ips', 'ip address', 'ipv4', 'ipv6', 'client ip', 'remote addr', 'source ip', 'src ip', 'visitor', 'logged in from', 'connected from',
]);
/** "version 1.2.3.4", "v10.0.0.1": dotted version numbers that happen to fit. */
const VERSION_BEFORE = /(?:\b(?:v|ver|version|versions|release|build|rev|revision|firmware|fw)\.?\s*:?\s*|\bv)$/i;
/**
 * Configuration syntax right before an address: an assignment ("host=", "db_host: ", `"host": "`),
 * a URL ("http://") or a user ("ops@"). Keys are lower case, as in config files, so a sentence's
 * "Gateway: 192.168.1.1" still reads as prose.
 */
const CONFIG_BEFORE = /(?:=|@|\/\/|(?:^|[\s{,"'])[a-z_][a-z0-9_.-]*["']?\s*:)\s*["'[]?$/;
/** A port after the address ("10.0.0.5:5432", "[fe80::1]:8080"). */
const PORT_AFTER = /^\]?:\d{1,5}(?!\d)/;

/** Presidio's score for a valid address; context words make it stronger. */
const SCORES = { alone: 0.6, withContext: 0.8 };
/** Reported but under any sensible threshold: a private address in a config snippet. */
const PRIVATE_IN_CONFIG = 0.2;

/**
 * IPv4 and IPv6 addresses, parsed and validated (octets 0-255, one "::", an embedded IPv4 tail),
 * with an optional zone ("%eth0") and prefix length ("/24", kept only when valid for the family).
 * What an address is for decides whether it is personal data: see the options.
 */
export function createIpAddressRecognizer(options: IpAddressRecognizerOptions = {}): PatternRecognizer {
  const ignored = new Set<IpRange>(options.ignoredRanges ?? DEFAULT_IGNORED_IP_RANGES);
  const reportPrivateInConfig = options.reportPrivateInConfig ?? false;
  const name = 'ip_address';

  const judge = (text: string, start: number, end: number, bytes: number[]): number | undefined => {
    const range = ipRangeOf(bytes);
    if (ignored.has(range)) return undefined;
    if (!reportPrivateInConfig && (range === 'private' || range === 'linkLocal') && isConfig(text, start, end)) return PRIVATE_IN_CONFIG;
    return hasNearbyContext(text, start, end, IP_CONTEXT) ? SCORES.withContext : SCORES.alone;
  };

  return {
    name,
    labels: ['IP_ADDRESS'],
    patterns: [IPV6_RUN, IPV4, ZONE, PREFIX_LENGTH],
    // An IPv6 address has two colons at least; an IPv4 address three dots and four digits.
    mayMatch: (features) => features.colons >= 2 || (features.dots >= 3 && features.digits >= 4),
    recognize(text: string): Finding[] {
      const findings: Finding[] = [];
      const covered: [number, number][] = [];
      if (text.includes(':')) {
        for (const m of text.matchAll(IPV6_RUN)) {
          const parsed = parseIpv6Run(text, m.index, m[0]);
          if (!parsed) continue;
          covered.push([m.index, parsed.end]);
          const score = judge(text, m.index, parsed.end, parsed.bytes);
          if (score !== undefined) findings.push({ start: m.index, end: parsed.end, label: 'IP_ADDRESS', score, recognizer: name });
        }
      }
      for (const m of text.matchAll(IPV4)) {
        const start = m.index;
        if (covered.some(([s, e]) => s <= start && start < e)) continue;
        const bytes = parseIpv4(m[0]);
        if (!bytes || VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        const end = withPrefixLength(text, start + m[0].length, 32);
        const score = judge(text, start, end, bytes);
        if (score !== undefined) findings.push({ start, end, label: 'IP_ADDRESS', score, recognizer: name });
      }
      return findings.sort((a, b) => a.start - b.start);
    },
  };
}

export const ipAddressRecognizer: PatternRecognizer = createIpAddressRecognizer();

/**
 * The address in a run of IPv6 characters starting at `start`, with its zone and prefix length,
 * or undefined when the run is not one address, or is glued to a word on the right ("fe80::1text").
 * A sentence's full stop or a trailing colon ("at 2001:db8::1: timeout") is not part of it.
 */
function parseIpv6Run(text: string, start: number, run: string): { end: number; bytes: number[] } | undefined {
  // Cheap shape checks first: an address has at least two colons and at most 45 characters
  // (a full IPv4-mapped form); "http:" or a run of 25,000 "1:" pairs is neither.
  if (run.length > MAX_IPV6_RUN || run.indexOf(':') === run.lastIndexOf(':')) return undefined;
  let candidate = run.replace(/\.+$/, '');
  let bytes = parseIpv6(candidate);
  if (!bytes && candidate.endsWith(':') && !candidate.endsWith('::')) {
    candidate = candidate.slice(0, -1);
    bytes = parseIpv6(candidate);
  }
  if (!bytes) return undefined;
  let end = start + candidate.length;
  const zone = ZONE.exec(text.slice(end, end + 34));
  if (zone) end += zone[0].length;
  if (/^[\p{L}\p{N}_]/u.test(text.charAt(end))) return undefined;
  return { end: withPrefixLength(text, end, 128), bytes };
}

/** `end` extended over a "/N" prefix length when N fits the family. */
function withPrefixLength(text: string, end: number, max: number): number {
  const prefix = PREFIX_LENGTH.exec(text.slice(end, end + 5));
  if (!prefix || Number(prefix[1]) > max || /^0\d/.test(prefix[1] ?? '')) return end;
  return end + prefix[0].length;
}

function isConfig(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).includes('/')) return true;
  return PORT_AFTER.test(text.slice(end, end + 8)) || CONFIG_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
