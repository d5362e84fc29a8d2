import { describe, expect, it } from 'vitest';
import { keccak256 } from './keccak256.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('keccak256', () => {
  it('matches the published digests (original Keccak padding, not SHA3-256)', () => {
    expect(hex(keccak256(new Uint8Array()))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256(new TextEncoder().encode('abc')))).toBe(
      '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45',
    );
  });

  it('handles input longer than one 136-byte block', () => {
    const long = keccak256(new Uint8Array(200).fill(97));
    expect(long).toHaveLength(32);
    expect(hex(long)).not.toBe(hex(keccak256(new Uint8Array(136).fill(97))));
  });
});
