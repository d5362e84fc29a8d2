import type { Sharp } from 'sharp';
import { decodeBmp } from './decodeBmp.ts';
import { ExtractionError } from './extractionError.ts';
import type { ExtractContext, ExtractedText } from './fileExtractor.ts';
import { recognizeText } from './ocrEngine.ts';

/**
 * Screenshots and photos through OCR (PaddleOCR models run by onnxruntime; see `ocrEngine.ts`).
 *
 * The image is first normalised here with sharp: its size checked against `maxImagePixels` before
 * anything is decoded, turned upright by its EXIF orientation (phone photos), put on white (the OCR
 * ignores alpha, so dark text on a transparent background would vanish into black), and scaled down
 * so its long side is at most 2,048 px. Detection runs at full resolution and its cost grows with the
 * pixel count; 2,048 px keeps the text of a full-screen capture legible while bounding time and memory.
 */
const MAX_OCR_SIDE = 2048;

type SharpFactory = typeof import('sharp');
let sharpModule: Promise<SharpFactory> | undefined;

function loadSharp(): Promise<SharpFactory> {
  sharpModule ??= import('sharp').then((module) => ((module as { default?: SharpFactory }).default ?? module) as SharpFactory);
  return sharpModule;
}

export async function extractImageText(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedText> {
  const { format, limits, signal } = context;
  const sharp = await loadSharp();

  let image: Sharp;
  if (format === 'bmp') {
    let bitmap;
    try {
      bitmap = decodeBmp(bytes, limits.maxImagePixels);
    } catch (error) {
      if (error instanceof RangeError) throw new ExtractionError('too_large', error.message, 'bmp');
      throw new ExtractionError('unsupported', (error as Error).message, 'bmp');
    }
    image = sharp(bitmap.data, { raw: { width: bitmap.width, height: bitmap.height, channels: 4 } });
  } else {
    // The header alone gives the size; sharp's own pixel limit would fail this with a vaguer message.
    const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => {
      throw new ExtractionError('unreadable', `the ${format} image is corrupt or truncated`, format);
    });
    if (width * height > limits.maxImagePixels) {
      throw new ExtractionError('too_large', `the image has ${width * height} pixels, more than ${limits.maxImagePixels}`, format);
    }
    image = sharp(bytes, { limitInputPixels: limits.maxImagePixels, pages: 1 });
  }

  let normalised: Buffer;
  try {
    normalised = await image
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ width: MAX_OCR_SIDE, height: MAX_OCR_SIDE, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 1 })
      .toBuffer();
  } catch (error) {
    throw new ExtractionError('unreadable', `the ${format} image could not be decoded: ${(error as Error).message}`, format);
  }
  signal.throwIfAborted();
  const lines = await recognizeText(normalised, signal);
  return { text: lines.map((line) => line.text).join('\n') };
}
