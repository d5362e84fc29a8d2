import { keccak256 } from './keccak256.ts';

/**
 * How an "0x" + 40-hex Ethereum address is written: in one case (no checksum to check), or in
 * mixed case that is (or is not) its EIP-55 checksum, where each letter is upper case exactly when
 * the matching nibble of the Keccak-256 hash of the lower-case address is 8 or more.
 */
export function ethereumChecksumOf(address: string): 'unchecked' | 'valid' | 'invalid' {
  const hex = address.slice(2);
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return 'invalid';
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'unchecked';
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const ch = hex.charAt(i);
    if (!/[a-fA-F]/.test(ch)) continue;
    const nibble = ((hash[i >> 1] ?? 0) >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (ch === ch.toUpperCase())) return 'invalid';
  }
  return 'valid';
}
