/**
 * Windows bitmaps to RGBA pixels. The image library (sharp/libvips, as prebuilt on npm) reads every
 * other image format we accept but not BMP, which Windows' clipboard and Paint still produce. Only the
 * uncompressed 24- and 32-bit forms are decoded, which is what screenshots are; palette and RLE
 * bitmaps are rare enough to be reported as unsupported.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const BI_RGB = 0;
const BI_BITFIELDS = 3;

/** Throws an Error naming what is not supported, or a RangeError when the image exceeds `maxPixels`. */
export function decodeBmp(bytes: Uint8Array, maxPixels: number): RgbaImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 54) throw new Error('BMP header is truncated');
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new Error('OS/2 bitmaps are not supported');
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  const bitsPerPixel = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  // A positive height means rows are stored bottom-up, the usual case.
  const height = Math.abs(signedHeight);
  const bottomUp = signedHeight > 0;

  if (width <= 0 || height <= 0) throw new Error('BMP has no pixels');
  if (width * height > maxPixels) throw new RangeError(`the image has ${width * height} pixels, more than ${maxPixels}`);
  if (bitsPerPixel !== 24 && bitsPerPixel !== 32) throw new Error(`${bitsPerPixel}-bit BMP images are not supported`);
  if (compression !== BI_RGB && !(compression === BI_BITFIELDS && bitsPerPixel === 32 && hasBgraMasks(view, headerSize))) {
    throw new Error('compressed BMP images are not supported');
  }

  const bytesPerPixel = bitsPerPixel / 8;
  const stride = Math.ceil((width * bytesPerPixel) / 4) * 4; // rows are padded to 4 bytes
  if (dataOffset + stride * height > bytes.length) throw new Error('BMP pixel data is truncated');

  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const source = dataOffset + (bottomUp ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const from = source + x * bytesPerPixel;
      const to = (y * width + x) * 4;
      data[to] = bytes[from + 2] as number;
      data[to + 1] = bytes[from + 1] as number;
      data[to + 2] = bytes[from] as number;
      // The fourth byte of 32-bit BI_RGB is unused by most writers (often 0): treat pixels as opaque.
      data[to + 3] = 255;
    }
  }
  return { width, height, data };
}

/** BI_BITFIELDS with the masks of plain BGRA is laid out exactly like BI_RGB. */
function hasBgraMasks(view: DataView, headerSize: number): boolean {
  // The masks follow a 40-byte header, or sit inside a V4/V5 header at the same place.
  const at = 14 + 40;
  if (headerSize === 40 && view.byteLength < at + 12) return false;
  return view.getUint32(at, true) === 0x00ff0000 && view.getUint32(at + 4, true) === 0x0000ff00 && view.getUint32(at + 8, true) === 0x000000ff;
}
