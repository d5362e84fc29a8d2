import { decodeBase58Check } from './base58Check.ts';
import { decodeBech32 } from './bech32.ts';

/**
 * Whether a string is a Bitcoin mainnet address whose checksum holds: legacy P2PKH ("1...") or
 * P2SH ("3...") in Base58Check with a 20-byte hash, or a segwit address ("bc1...") in bech32 for
 * version 0 (20- or 32-byte program) and bech32m for versions 1-16 (Taproot is v1, 32 bytes).
 */
export function isValidBitcoinAddress(address: string): boolean {
  if (address.startsWith('1') || address.startsWith('3')) {
    const payload = decodeBase58Check(address);
    return payload !== undefined && payload.length === 21 && (payload[0] === 0x00 || payload[0] === 0x05);
  }
  const decoded = decodeBech32(address);
  if (!decoded || decoded.prefix !== 'bc' || decoded.data.length < 1) return false;
  const [version = -1, ...words] = decoded.data;
  if (version > 16) return false;
  if ((version === 0) !== (decoded.encoding === 'bech32')) return false;
  const program = convertBits(words);
  if (!program || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}

/** Regroups 5-bit words into bytes; undefined if the padding is not zeros shorter than 5 bits. */
function convertBits(words: readonly number[]): number[] | undefined {
  let accumulator = 0;
  let bits = 0;
  const bytes: number[] = [];
  for (const word of words) {
    accumulator = (accumulator << 5) | word;
    bits += 5;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((accumulator >> bits) & 0xff);
    }
    accumulator &= (1 << bits) - 1;
  }
  if (bits >= 5 || accumulator !== 0) return undefined;
  return bytes;
}
