import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { cryptoAddressRecognizer } from './cryptoAddressRecognizer.ts';

function found(text: string): string[] {
  return cryptoAddressRecognizer
    .recognize(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => text.slice(f.start, f.end));
}

describe('cryptoAddressRecognizer', () => {
  it('reports exact offsets, raised by a wallet word', () => {
    expect(cryptoAddressRecognizer.recognize('my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ')).toEqual([
      { start: 22, end: 56, label: 'CRYPTO', score: 1, recognizer: 'crypto_address' },
    ]);
  });

  it.each([
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    ['0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'],
  ])('finds %s', (address) => {
    expect(found(`send to ${address} thanks`)).toEqual([address]);
  });

  it('finds two in one message', () => {
    expect(found('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toHaveLength(2);
  });

  it.each([
    ['a Base58 string with a broken checksum', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2'],
    ['a bech32 string with a broken checksum', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp'],
    ['a SHA-256 digest', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
    ['a transaction hash', '0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b'],
    ['mixed case with a wrong EIP-55 checksum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['a git SHA', '9f2c1e7b3a8d4f6e2c1b0a9d8e7f6a5b4c3d2e1f'],
    ['nothing', ''],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(cryptoAddressRecognizer);
  });
});
