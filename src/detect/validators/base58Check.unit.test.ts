import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase58, decodeBase58Check } from './base58Check.ts';

describe('decodeBase58', () => {
  it('decodes leading 1s as zero bytes', () => {
    expect([...(decodeBase58('11') ?? [])]).toEqual([0, 0]);
    expect([...(decodeBase58('2') ?? [])]).toEqual([1]);
    expect([...(decodeBase58('z') ?? [])]).toEqual([57]);
    expect([...(decodeBase58('21') ?? [])]).toEqual([58]);
  });

  it.each(['0', 'O', 'I', 'l', '+'])('is undefined for %j, outside the alphabet', (ch) => {
    expect(decodeBase58(`abc${ch}`)).toBeUndefined();
  });
});

describe('decodeBase58Check', () => {
  it('returns the version byte and hash of a P2PKH address', () => {
    const payload = decodeBase58Check('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ');
    expect(payload?.length).toBe(21);
    expect(payload?.[0]).toBe(0);
  });

  it('is undefined when one character changes or one is added', () => {
    expect(decodeBase58Check('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY')).toBeUndefined();
    expect(decodeBase58Check('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2')).toBeUndefined();
  });

  it('agrees with a double SHA-256 computed here', () => {
    const payload = Buffer.from('05' + '11'.repeat(20), 'hex');
    const checksum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest().subarray(0, 4);
    const encoded = encodeBase58(Buffer.concat([payload, checksum]));
    expect(Buffer.from(decodeBase58Check(encoded) ?? []).equals(payload)).toBe(true);
  });
});

function encodeBase58(bytes: Buffer): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}
