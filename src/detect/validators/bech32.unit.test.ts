import { describe, expect, it } from 'vitest';
import { decodeBech32 } from './bech32.ts';

describe('decodeBech32', () => {
  it('decodes BIP 173 and BIP 350 test vectors with their encoding', () => {
    expect(decodeBech32('A12UEL5L')).toMatchObject({ prefix: 'a', data: [], encoding: 'bech32' });
    expect(decodeBech32('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')?.encoding).toBe('bech32');
    expect(decodeBech32('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')?.encoding).toBe('bech32m');
  });

  it.each([
    ['a changed character', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case', 'bc1qw508d6qejxtdg4y5r3zarvaRY0c5xw7kv8f3t4'],
    ['a character outside the charset', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb'],
    ['no separator', 'pzry9x0s0muk'],
    ['a checksum shorter than six', 'li1dgmt3'],
  ])('rejects %s', (_why, text) => {
    expect(decodeBech32(text)).toBeUndefined();
  });
});
