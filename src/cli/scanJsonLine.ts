import { z } from 'zod';
import { AppError } from '../core/appError.ts';
import type { Detector } from '../detect/detector.ts';
import { toCorpusLabel } from '../scan/corpusLabels.ts';

/** One input line. Other fields (a corpus line's `spans`, `scope`, …) are ignored, so a corpus file scans as it is. */
const inputLine = z.object({
  id: z.union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string or a number') }),
  text: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }),
});

export interface JsonLineSpan {
  start: number;
  end: number;
  /** The shared corpus's label name (`toCorpusLabel`), so the output scores against the corpus as it is. */
  label: string;
  score: number;
}

export interface ScannedJsonLine {
  /** The output line, without its newline: `{"id","spans":[{start,end,label,score}]}`. */
  output: string;
  containsPii: boolean;
}

/**
 * Scans one line of `pii-detector scan --jsonl`. A blank line is skipped (`undefined`), so a final
 * newline or a spaced-out file is fine; anything else that is not `{"id","text"}` is an error that
 * names the line (1-based) and what is wrong, so a CI log points straight at it.
 */
export function scanJsonLine(detector: Detector, line: string, lineNumber: number): ScannedJsonLine | undefined {
  if (line.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new AppError('SCAN_JSONL_INVALID', `line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
  const checked = inputLine.safeParse(parsed);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) =>
      issue.path.length === 0 ? 'expected an object {"id", "text"}' : `${issue.path.join('.')} ${issue.message}`,
    );
    throw new AppError('SCAN_JSONL_INVALID', `line ${lineNumber}: ${problems.join('; ')}`);
  }
  const { id, text } = checked.data;
  const spans: JsonLineSpan[] = detector
    .detect(text)
    .map(({ start, end, label, score }) => ({ start, end, label: toCorpusLabel(label), score }));
  return { output: JSON.stringify({ id, spans }), containsPii: spans.length > 0 };
}
