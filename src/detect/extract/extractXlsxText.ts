import type { CellValue, Workbook } from 'exceljs';
import { ExtractionError } from './extractionError.ts';
import type { ExtractContext, ExtractedText } from './fileExtractor.ts';
import { readZipDirectory, readZipEntry } from './readZip.ts';

/**
 * Excel workbooks through exceljs, the maintained reader on npm (SheetJS no longer publishes there).
 * Each sheet, hidden ones too, becomes a "Sheet: name" line and one line per row with cells separated
 * by tabs, so a column header and a value are never far apart. Dates come out as ISO dates (exceljs
 * applies the cell's number format), formulas as their cached result, and cell notes after the sheet.
 *
 * exceljs unpacks the whole package in memory and cannot be interrupted, so the package is first
 * inflated entry by entry under `maxUnpackedBytes`: a ZIP bomb stops at the limit, not in exceljs.
 */
type ExcelJs = typeof import('exceljs');

let excelJs: Promise<ExcelJs> | undefined;

/** Loaded on first use: importing exceljs costs ~0.5 s. */
function loadExcelJs(): Promise<ExcelJs> {
  excelJs ??= import('exceljs').then((module) => ((module as { default?: ExcelJs }).default ?? module) as ExcelJs);
  return excelJs;
}

export async function extractXlsxText(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedText> {
  const { limits, signal } = context;
  checkUnpackedSize(bytes, limits.maxUnpackedBytes);
  const { Workbook } = await loadExcelJs();
  signal.throwIfAborted();
  const workbook: Workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);

  const lines: string[] = [];
  let length = 0;
  const push = (line: string): boolean => {
    lines.push(line);
    length += line.length + 1;
    return length > limits.maxChars;
  };
  for (const sheet of workbook.worksheets) {
    signal.throwIfAborted();
    if (push(`Sheet: ${sheet.name}`)) return { text: lines.join('\n'), truncated: true };
    const notes: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (!row.hasValues) continue;
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged range repeats its top-left value in every cell: read it once.
        cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value));
        const note = noteText(cell.note);
        if (note) notes.push(`Note ${cell.address}: ${note}`);
      }
      if (push(cells.join('\t').replace(/\t+$/, ''))) return { text: lines.join('\n'), truncated: true };
    }
    for (const note of notes) if (push(note)) return { text: lines.join('\n'), truncated: true };
    lines.push('');
  }
  return { text: lines.join('\n').trimEnd() };
}

function checkUnpackedSize(bytes: Uint8Array, maxUnpackedBytes: number): void {
  let budget = maxUnpackedBytes;
  for (const entry of readZipDirectory(bytes)) {
    try {
      budget -= readZipEntry(bytes, entry, budget).length;
    } catch (error) {
      if (error instanceof RangeError) {
        throw new ExtractionError('too_large', `the workbook unpacks to more than ${maxUnpackedBytes} bytes`, 'xlsx');
      }
      throw error;
    }
  }
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text = cellText(value.text as CellValue);
    // The link target can hold what the label does not ("mail me" -> mailto:someone@...).
    const target = value.hyperlink.replace(/^mailto:/i, '');
    return text.includes(target) ? text : `${text} (${target})`.trim();
  }
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  return ''; // an error value (#N/A, #REF!)
}

/** Excel dates have no zone; exceljs returns them as UTC instants. */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function noteText(note: string | { texts?: Array<{ text: string }> } | undefined): string {
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}
