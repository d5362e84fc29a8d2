import { describe, expect, it } from 'vitest';
import { makeBmp } from '../../../test/fixtures/files/makeBmp.ts';
import { decodeBmp } from './decodeBmp.ts';

const EXPECTED = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255];

describe('decodeBmp', () => {
  it.each([
    ['24-bit bottom-up', makeBmp(24)],
    ['32-bit bottom-up', makeBmp(32)],
    ['24-bit top-down', makeBmp(24, true)],
  ])('decodes a %s bitmap to RGBA', (_what, bmp) => {
    const image = decodeBmp(bmp, 100);
    expect([image.width, image.height]).toEqual([2, 2]);
    expect([...image.data]).toEqual(EXPECTED);
  });

  it('refuses an image over the pixel limit before allocating it', () => {
    const huge = Buffer.from(makeBmp(24));
    huge.writeInt32LE(100_000, 18);
    huge.writeInt32LE(100_000, 22);
    expect(() => decodeBmp(new Uint8Array(huge), 40_000_000)).toThrow(RangeError);
  });

  it('names what it does not decode', () => {
    const palette = Buffer.from(makeBmp(24));
    palette.writeUInt16LE(8, 28);
    expect(() => decodeBmp(new Uint8Array(palette), 100)).toThrow(/8-bit/);
    const rle = Buffer.from(makeBmp(24));
    rle.writeUInt32LE(1, 30);
    expect(() => decodeBmp(new Uint8Array(rle), 100)).toThrow(/compressed/);
    expect(() => decodeBmp(makeBmp(24).subarray(0, 60), 100)).toThrow(/truncated/);
  });
});
