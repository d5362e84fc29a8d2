import type { ScanResult } from '../scan/scanText.ts';

export interface FormatOptions {
  /** Print the matched values rather than masked ones. */
  showValues: boolean;
}

/**
 * The default output of `pii-detector scan`: one line per finding with its label, where it is
 * (line:column for a person, offsets for a program) and the masked value, and a summary line. A
 * value itself is printed only with `--show-values`, JSON-quoted so control characters in it are
 * shown rather than sent to the terminal.
 */
export function formatHuman(result: ScanResult, text: string, options: FormatOptions): string {
  if (!result.containsPii) return 'No PII found.\n';
  const summary = Object.entries(result.counts)
    .map(([label, count]) => `${label} ${count}`)
    .join(', ');
  const locate = createLineLocator(text);
  const rows = result.findings.map((finding) => {
    const { line, column } = locate(finding.start);
    const value = options.showValues ? JSON.stringify(text.slice(finding.start, finding.end)) : finding.maskedValue;
    return [
      finding.label,
      `${line}:${column}`,
      `${finding.start}-${finding.end}`,
      value,
      `score ${finding.score.toFixed(2)}`,
      finding.recognizer,
    ];
  });
  // Every column but the last is padded to its widest cell, so the findings line up.
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) => `  ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd()}`);
  const noun = result.findings.length === 1 ? 'finding' : 'findings';
  return `${result.findings.length} ${noun} (${summary})\n${lines.join('\n')}\n`;
}

/**
 * `--format json`: `{"findings":[{start,end,label,score,recognizer}],"counts":{…}}`, each finding
 * with `value` only under `--show-values`. No masked value: a program has the offsets.
 */
export function formatJson(result: ScanResult, text: string, options: FormatOptions): string {
  const findings = result.findings.map(({ start, end, label, score, recognizer }) => ({
    start,
    end,
    label,
    score,
    recognizer,
    ...(options.showValues ? { value: text.slice(start, end) } : {}),
  }));
  return `${JSON.stringify({ findings, counts: result.counts })}\n`;
}

/**
 * 1-based line and column (in string units) of an offset, for a person looking at a file. The line
 * starts are found once and searched by halves, so a long log with many findings stays linear.
 */
export function createLineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
