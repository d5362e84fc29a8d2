import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makeBmp, rgbaToBmp } from '../../../test/fixtures/files/makeBmp.ts';
import { extractImageText } from './extractImageText.ts';
import { extractText } from './extractText.ts';
import { closeOcrEngine, isOcrEngineRunning, recognizeText } from './ocrEngine.ts';
import { testContext } from './testContext.ts';

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

afterAll(() => closeOcrEngine());

describe('extractImageText', () => {
  // One OCR engine start (~2 s with the models) and one small image; everything else here avoids OCR.
  it('reads the e-mail address and SSN out of a screenshot', async () => {
    const result = await extractText({ bytes: readFixture('screenshot.png'), fileName: 'image.png', declaredMimeType: 'image/png' });
    expect(result).toMatchObject({ outcome: 'ok', format: 'png', truncated: false });
    const text = result.outcome === 'ok' ? normalise(result.text) : '';
    expect(text).toContain(EMAIL);
    expect(text).toContain(`SSN is ${SSN}`);
  });

  it('reads a bitmap too (decoded here, since sharp does not read BMP)', async () => {
    // Only the e-mail line, to keep this second OCR run short.
    const line = sharp(readFixture('screenshot.png')).extract({ left: 0, top: 70, width: 520, height: 55 });
    const { data, info } = await line.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const bmp = rgbaToBmp(info.width, info.height, data);
    const result = await extractText({ bytes: bmp, fileName: 'clip.bmp' });
    expect(result).toMatchObject({ outcome: 'ok', format: 'bmp' });
    expect(result.outcome === 'ok' && normalise(result.text)).toContain(EMAIL);
  });

  it('kills the OCR thread when an image runs out of time, and starts afresh after', async () => {
    expect(isOcrEngineRunning()).toBe(true); // warm from the tests above
    const controller = new AbortController();
    const reason = new Error('timed out');
    const running = recognizeText(readFixture('screenshot.png'), controller.signal);
    setImmediate(() => controller.abort(reason));
    await expect(running).rejects.toBe(reason);
    expect(isOcrEngineRunning()).toBe(false);
  });

  it('refuses an image over the pixel limit from its header, before decoding it', async () => {
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#fff' } }).png().toBuffer();
    await expect(extractImageText(big, testContext('png', { maxImagePixels: 5_000_000 }))).rejects.toMatchObject({
      outcome: 'too_large',
      message: expect.stringContaining('6000000 pixels'),
    });
  });

  it('calls a truncated image unreadable', async () => {
    const png = readFixture('screenshot.png');
    await expect(extractImageText(png.subarray(0, png.length / 2), testContext('png'))).rejects.toMatchObject({
      outcome: 'unreadable',
      format: 'png',
    });
  });

  it('refuses bitmaps it cannot decode, and big ones by their header', async () => {
    const palette = Buffer.from(makeBmp(24));
    palette.writeUInt16LE(8, 28);
    await expect(extractImageText(new Uint8Array(palette), testContext('bmp'))).rejects.toMatchObject({ outcome: 'unsupported' });
    const huge = Buffer.from(makeBmp(24));
    huge.writeInt32LE(50_000, 18);
    huge.writeInt32LE(50_000, 22);
    await expect(extractImageText(new Uint8Array(huge), testContext('bmp'))).rejects.toMatchObject({ outcome: 'too_large' });
  });

  it('does not start OCR for an image whose time is already up', async () => {
    const controller = new AbortController();
    const reason = new Error('timed out');
    controller.abort(reason);
    const context = testContext('png', {}, { signal: controller.signal });
    await expect(extractImageText(readFixture('screenshot.png'), context)).rejects.toBe(reason);
  });
});
