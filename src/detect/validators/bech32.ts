const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** The checksum constants of BIP 173 (bech32, segwit v0) and BIP 350 (bech32m, v1 and later). */
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

export interface Bech32Decoded {
  /** Human-readable part, lower case ("bc" for Bitcoin mainnet). */
  prefix: string;
  /** The 5-bit data values after the separator, checksum removed. */
  data: number[];
  encoding: 'bech32' | 'bech32m';
}

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i] ?? 0;
  }
  return chk >>> 0;
}

function expandPrefix(prefix: string): number[] {
  const codes = [...prefix].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/**
 * Decodes a bech32 or bech32m string (one case throughout, at most 90 characters, a 6-character
 * checksum), or returns undefined when the checksum fails: a single wrong character always fails.
 */
export function decodeBech32(text: string): Bech32Decoded | undefined {
  if (text.length > 90 || (text !== text.toLowerCase() && text !== text.toUpperCase())) return undefined;
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length) return undefined;
  const prefix = lower.slice(0, separator);
  const data: number[] = [];
  for (const ch of lower.slice(separator + 1)) {
    const value = CHARSET.indexOf(ch);
    if (value < 0) return undefined;
    data.push(value);
  }
  const check = polymod([...expandPrefix(prefix), ...data]);
  const encoding = check === BECH32 ? 'bech32' : check === BECH32M ? 'bech32m' : undefined;
  if (!encoding) return undefined;
  return { prefix, data: data.slice(0, -6), encoding };
}
