import { readFile } from 'node:fs/promises';
import { AppError } from '../core/appError.ts';
import { extractText } from '../detect/extract/extractText.ts';
import type { FileFormat } from '../detect/extract/extractResult.ts';
import { sniffFormat } from '../detect/extract/sniffFormat.ts';

const DOCUMENT_FORMATS: ReadonlySet<FileFormat> = new Set(['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'gif', 'webp', 'bmp', 'tiff', 'avif']);

/**
 * The text `pii-detector scan --file` scans. A text file is read whole, as it is: a build log has no
 * size limit here and its offsets stay the file's. A PDF, DOCX, XLSX or image goes through the same
 * extraction as a file posted to Slack (with its limits); offsets are then into the extracted text.
 * A file that cannot be read into text is an error (exit 2), never "no PII".
 */
export async function readScanFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new AppError('SCAN_INPUT_UNREADABLE', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const sniffed = sniffFormat({ bytes, fileName: path });
  if (sniffed.read && !DOCUMENT_FORMATS.has(sniffed.format)) return bytes.toString('utf8');
  const result = await extractText({ bytes, fileName: path });
  if (result.outcome === 'ok') return result.text;
  throw new AppError('SCAN_INPUT_UNREADABLE', `cannot read text from ${path} (${result.outcome}${result.format ? `, ${result.format}` : ''}): ${result.reason}`);
}
