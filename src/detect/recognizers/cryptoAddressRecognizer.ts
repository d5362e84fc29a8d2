import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { isValidBitcoinAddress } from '../validators/cryptoAddress.ts';
import { ethereumChecksumOf } from '../validators/ethereumAddress.ts';
import { contextPattern } from './contextPattern.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { mayMatchAny } from './patternNeeds.ts';

/** Legacy Bitcoin addresses: "1" or "3" and 25-34 Base58 characters in all. */
const BASE58 = /(?<![\p{L}\p{N}_])[13][1-9A-HJ-NP-Za-km-z]{24,33}(?![\p{L}\p{N}_])/gu;
/** Segwit addresses: "bc1" and bech32 characters (no 1, b, i, o), in one case. */
const BECH32 = /(?<![\p{L}\p{N}_])(?:bc1[02-9ac-hj-np-z]{8,87}|BC1[02-9AC-HJ-NP-Z]{8,87})(?![\p{L}\p{N}_])/gu;
/** Ethereum (and EVM chain) addresses. */
const ETHEREUM = /(?<![\p{L}\p{N}_])0x[0-9A-Fa-f]{40}(?![\p{L}\p{N}_])/gu;

const WALLET_CONTEXT = contextPattern(['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'usdt', 'usdc', 'metamask', 'send to', 'pay to', 'address']);

/** A Base58Check or bech32 checksum lets one random string in billions through. */
const CHECKSUMMED = { alone: 0.9, withContext: 1 };
/** An all-lower-case "0x" + 40 hex: no checksum, but the layout is an EVM address and nothing else. */
const UNCHECKED = { alone: 0.6, withContext: 0.85 };

/**
 * Cryptocurrency wallet addresses: Bitcoin (legacy and segwit, checksums verified with SHA-256
 * and bech32/bech32m) and Ethereum (EIP-55 mixed case verified with Keccak-256; a mixed-case
 * address with a wrong checksum is dropped, it is a typo or not an address).
 */
export const cryptoAddressRecognizer: PatternRecognizer = {
  name: 'crypto_address',
  labels: ['CRYPTO'],
  patterns: [BASE58, BECH32, ETHEREUM],
  mayMatch: (features) => mayMatchAny([BASE58, BECH32, ETHEREUM], features),
  recognize(text: string): Finding[] {
    const findings: Finding[] = [];
    const add = (start: number, end: number, scores: { alone: number; withContext: number }): void => {
      const score = hasNearbyContext(text, start, end, WALLET_CONTEXT) ? scores.withContext : scores.alone;
      findings.push({ start, end, label: 'CRYPTO', score, recognizer: 'crypto_address' });
    };
    for (const pattern of [BASE58, BECH32]) {
      for (const m of text.matchAll(pattern)) {
        if (isValidBitcoinAddress(m[0])) add(m.index, m.index + m[0].length, CHECKSUMMED);
      }
    }
    for (const m of text.matchAll(ETHEREUM)) {
      const checksum = ethereumChecksumOf(m[0]);
      if (checksum !== 'invalid') add(m.index, m.index + m[0].length, checksum === 'valid' ? CHECKSUMMED : UNCHECKED);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
