import { describe, expect, it } from 'vitest';
import { isValidBitcoinAddress } from './cryptoAddress.ts';

describe('isValidBitcoinAddress', () => {
  it.each([
    ['P2PKH', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ'],
    ['P2SH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['P2WPKH', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['P2WPKH upper case', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4'],
    ['Taproot', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
  ])('accepts a %s address', (_kind, address) => {
    expect(isValidBitcoinAddress(address)).toBe(true);
  });

  it.each([
    ['an extra character', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2'],
    ['a testnet segwit address', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'],
    ['a v0 program in bech32m', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'],
    ['a SHA-256 hex digest', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
  ])('rejects %s', (_why, address) => {
    expect(isValidBitcoinAddress(address)).toBe(false);
  });
});
