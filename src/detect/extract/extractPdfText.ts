import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExtractionError } from './extractionError.ts';
import type { ExtractContext, ExtractedText } from './fileExtractor.ts';

/**
 * PDF text through Mozilla's PDF.js (`pdfjs-dist`), the reader inside Firefox: pure JavaScript, no
 * native parts, and the most widely used PDF parser on npm. Its legacy build is the one it documents
 * for Node. It runs in this thread ("fake worker"); it parses asynchronously, page by page, so the
 * timeout can interrupt it, and on abort the loading task is destroyed, which stops the parser.
 *
 * Only the text layer is read: a scanned PDF (pages that are pictures) gives little or no text, which
 * is reported as ok with what there is. OCR of page images is not done here.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/** Loaded on first use: importing PDF.js costs ~0.2 s, which a process that never sees a PDF need not pay. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** CMaps (CJK encodings), standard font metrics and decoders ship inside the package; nothing is fetched. */
const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const ASSETS = {
  cMapUrl: join(PACKAGE_DIR, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(PACKAGE_DIR, 'standard_fonts') + '/',
  wasmUrl: join(PACKAGE_DIR, 'wasm') + '/',
};

export async function extractPdfText(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedText> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const { signal, limits } = context;
  signal.throwIfAborted();

  const task = getDocument({
    // PDF.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    ...ASSETS,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const stop = (): void => void task.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const document = await task.promise.catch(translateOpenError);
    const pages = document.numPages;
    if (pages > limits.maxPages) {
      throw new ExtractionError('too_many_pages', `the PDF has ${pages} pages, more than the limit of ${limits.maxPages}`, 'pdf');
    }

    const texts: string[] = [];
    let length = 0;
    for (let number = 1; number <= pages; number++) {
      signal.throwIfAborted();
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      texts.push(text.trimEnd());
      length += text.length;
      // Enough for the caller's limit: the rest would be cut anyway.
      if (length > limits.maxChars && number < pages) return { text: texts.join('\n\n'), truncated: true, pages };
    }
    return { text: texts.join('\n\n'), pages };
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
  }
}

function translateOpenError(error: unknown): never {
  const name = (error as Error | undefined)?.name;
  if (name === 'PasswordException') {
    throw new ExtractionError('encrypted', 'the PDF needs a password to open', 'pdf');
  }
  if (name === 'InvalidPDFException') {
    throw new ExtractionError('unreadable', 'the PDF is corrupt or truncated (no valid structure found)', 'pdf');
  }
  throw error;
}
